package org.lexgap.ingest.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.api.Problem;
import org.lexgap.ingest.entity.ImportException;

/** A refused import becomes application/problem+json with the 4xx status of its reason (413, 415, 422…). */
@Provider
public class ImportProblemMapper implements ExceptionMapper<ImportException> {

    @Override
    public Response toResponse(ImportException error) {
        return Problem.response(error.error().status(), error.error().title(), error.getMessage());
    }
}
