package org.lexgap.ingest.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemType;
import org.lexgap.ingest.entity.ImportException;

/**
 * A refused import becomes application/problem+json with the 4xx status of its reason (413, 415, 422…): a bad form
 * field is an invalid parameter like anywhere else, an unknown document is not found, the rest import-rejected.
 */
@Provider
public class ImportProblemMapper implements ExceptionMapper<ImportException> {

    @Override
    public Response toResponse(ImportException error) {
        ProblemType type = switch (error.error()) {
            case INVALID_FORM, INVALID_FILE_NAME -> ProblemType.INVALID_PARAMETER;
            case UNKNOWN_DOCUMENT -> ProblemType.NOT_FOUND;
            default -> ProblemType.IMPORT_REJECTED;
        };
        return Problem.response(type, error.error().status(), error.error().title(), error.getMessage());
    }
}
