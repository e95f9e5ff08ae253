package org.lexgap.api;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, the body of every error answer; {@code type} is one of {@link ProblemType}. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, int status, String title, String detail) {
        return new Problem(type.uri(), title, status, detail);
    }

    public static Response response(ProblemType type, Response.StatusType status, String detail) {
        return response(type, status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Response response(ProblemType type, int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(of(type, status, title, detail)).build();
    }
}
