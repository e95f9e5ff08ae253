package org.lexgap.report.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemType;
import org.lexgap.report.control.ReportBusyException;

/** Every PDF renderer busy: 503 with Retry-After, as application/problem+json. */
@Provider
public class ReportBusyMapper implements ExceptionMapper<ReportBusyException> {

    @Override
    public Response toResponse(ReportBusyException error) {
        return Response.fromResponse(Problem.response(ProblemType.BUSY, Response.Status.SERVICE_UNAVAILABLE, "Too many reports are "
                + "being rendered at the moment (" + error.getMessage() + "); try again shortly."))
                .header("Retry-After", 30).build();
    }
}
