package org.lexgap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception becomes application/problem+json; no stack trace ever reaches a client. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof ProblemException problem) {
            return Problem.response(problem.type(), problem.status(), problem.getMessage());
        }
        if (error instanceof JsonProcessingException json && !(error instanceof InvalidDefinitionException)) {
            return Problem.response(ProblemType.INVALID_BODY, Response.Status.BAD_REQUEST, JsonProblems.describe(json));
        }
        if (error instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            String title = original.getStatusInfo().getReasonPhrase();
            return Problem.response(ProblemType.forStatus(status), status, title, describe(status));
        }
        LOG.log(Level.SEVERE, "unexpected error", error);
        return Problem.response(ProblemType.SERVER_ERROR, Response.Status.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged.");
    }

    /** What a status means for the client, in a sentence. */
    static String describe(int status) {
        return switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 415 -> "This media type is not accepted here.";
            default -> status < 500 ? "The request could not be processed." : "The server could not answer.";
        };
    }
}
