package org.lexgap.security.entity;

/** The body of POST /api/auth/token. */
public record Credentials(String username, String password) {
}
