package org.lexgap.security.entity;

import java.time.Instant;

/** A sign-in token: send it as {@code Authorization: Bearer <token>} until it expires. */
public record IssuedToken(String token, String tokenType, Instant expires, String username, Role role) {
}
