package org.lexgap.review.control;

import org.lexgap.review.entity.StoredFinding;

/** A finding write that is refused, and why; {@code current} is the finding as it stands, when there is one. */
public class ReviewException extends RuntimeException {

    /** Why: each maps to one HTTP status. */
    public enum Kind {
        /** 400: a field is invalid. */
        INVALID,
        /** 404: no such finding. */
        NOT_FOUND,
        /** 428: the write needs If-Match. */
        PRECONDITION_REQUIRED,
        /** 412: If-Match names another version, or If-None-Match: * and the finding exists. */
        STALE,
        /** 409: the finding is not in the state the action needs. */
        CONFLICT,
        /** 403: the four-eyes rule: the author may not approve. */
        FOUR_EYES
    }

    private final Kind kind;
    private final transient StoredFinding current;

    public ReviewException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ReviewException(Kind kind, String message, StoredFinding current) {
        super(message);
        this.kind = kind;
        this.current = current;
    }

    public Kind kind() {
        return kind;
    }

    public StoredFinding current() {
        return current;
    }
}
