package org.lexgap.review.boundary;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemType;
import org.lexgap.review.control.ReviewException;

/** A refused finding write as application/problem+json, with the current version where there is one. */
final class ReviewProblems {

    private ReviewProblems() {
    }

    static Response of(ReviewException e) {
        Response.StatusType status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case PRECONDITION_REQUIRED -> new Status(428, "Precondition Required");
            case STALE -> Response.Status.PRECONDITION_FAILED;
            case CONFLICT -> Response.Status.CONFLICT;
            case FOUR_EYES -> Response.Status.FORBIDDEN;
        };
        ProblemType type = switch (e.kind()) {
            case INVALID -> ProblemType.INVALID_PARAMETER;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case PRECONDITION_REQUIRED -> ProblemType.PRECONDITION_REQUIRED;
            case STALE -> ProblemType.VERSION_CONFLICT;
            case CONFLICT -> ProblemType.CONFLICT;
            case FOUR_EYES -> ProblemType.FORBIDDEN;
        };
        if (e.current() == null) {
            return Problem.response(type, status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        }
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE)
                .tag(new EntityTag(Long.toString(e.current().version())))
                .entity(new VersionProblem(type.uri(), status.getReasonPhrase(), status.getStatusCode(),
                        e.getMessage(), e.current().version(), e.current()))
                .build();
    }

    /** A status JAX-RS has no constant for. */
    private record Status(int code, String reason) implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }
}
