package org.lexgap.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.CountryParams;
import org.lexgap.api.ProblemException;
import org.lexgap.config.Defaults;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.review.control.FindingsExport;
import org.lexgap.review.control.ReviewService;

/** GET /api/countries/{cc}/findings.yaml: the approved findings of the store, ready to publish. */
@Path("countries/{cc}/findings.yaml")
@RequestScoped
public class PublishedFindingsResource {

    static final String YAML = "application/yaml";

    @Inject
    ReviewService reviews;

    @Inject
    CorpusService corpus;

    @GET
    @Produces(YAML)
    @Operation(operationId = "exportApprovedFindings", summary = "A State's approved findings in the national-laws/<CC>/findings.yaml format")
    public Response export(@PathParam("cc") String code,
                           @QueryParam("checklist") @DefaultValue(Defaults.CHECKLIST) String checklistId) {
        String cc = CountryParams.parse(code).value();
        if (corpus.corpus().country(cc).isEmpty()) {
            throw ProblemException.notFound("No profile for country '" + cc + "' in the corpus. See /api/countries.");
        }
        Checklist checklist = corpus.corpus().checklist(checklistId).orElseThrow(() ->
                ProblemException.notFound("No checklist '" + checklistId + "'. See /api/checklists."));
        String yaml = FindingsExport.yaml(FindingsExport.of(cc, checklist.id(), checklist.version(),
                reviews.stored(cc, checklist.id())));
        return Response.ok(yaml, YAML + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"findings.yaml\"").build();
    }
}
