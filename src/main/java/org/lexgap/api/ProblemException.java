package org.lexgap.api;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a problem; the mapper turns it into application/problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Response.Status status;

    public ProblemException(ProblemType type, Response.Status status, String detail) {
        super(detail);
        this.type = type;
        this.status = status;
    }

    /** A record that is not there (the address itself is served). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, Response.Status.NOT_FOUND, detail);
    }

    /** A malformed parameter or form field. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, Response.Status.BAD_REQUEST, detail);
    }

    public ProblemType type() {
        return type;
    }

    public Response.Status status() {
        return status;
    }
}
