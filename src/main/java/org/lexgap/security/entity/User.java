package org.lexgap.security.entity;

import java.time.Instant;

/** A user account as shown to admins (never with its password hash). */
public record User(String username, Role role, Instant created, String createdBy) {
}
