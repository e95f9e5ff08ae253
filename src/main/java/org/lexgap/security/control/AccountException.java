package org.lexgap.security.control;

/** An account request that cannot be done: invalid input, or a user name that is taken. */
public class AccountException extends RuntimeException {

    /** Why. */
    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;

    public AccountException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
