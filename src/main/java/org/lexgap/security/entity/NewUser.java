package org.lexgap.security.entity;

/** The body of POST /api/users. */
public record NewUser(String username, String password, Role role) {
}
