package org.lexgap.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.lexgap.api.CountryParams;
import org.lexgap.api.LexgapApplication;
import org.lexgap.api.ProblemException;
import org.lexgap.config.Defaults;
import org.lexgap.review.control.Precondition;
import org.lexgap.review.control.ReviewException;
import org.lexgap.review.control.ReviewService;
import org.lexgap.review.entity.FindingInput;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.review.entity.HistoryEntry;
import org.lexgap.review.entity.StoredFinding;
import org.lexgap.security.boundary.RequiresRole;
import org.lexgap.security.entity.Role;

/**
 * A reviewer's finding on one criterion of one country. Reads are open; writes need the reviewer role and
 * If-Match with the ETag (the finding's version); a new finding is created without If-Match or with
 * If-None-Match: *.
 */
@Path("countries/{cc}/assessment/criteria/{criterionId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingsResource {

    static final String DEFAULT_CHECKLIST = Defaults.CHECKLIST;

    @Inject
    ReviewService reviews;

    @Context
    SecurityContext security;

    @PathParam("cc")
    String cc;

    @PathParam("criterionId")
    String criterionId;

    @QueryParam("checklist")
    @DefaultValue(DEFAULT_CHECKLIST)
    String checklist;

    @GET
    @Operation(operationId = "getFinding", summary = "The reviewer finding on a criterion, with its version as ETag")
    public Response get() {
        return answer(() -> withTag(Response.ok(), reviews.find(key())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.REVIEWER)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Operation(operationId = "saveFinding", summary = "Create or change a finding: {level, evidence, rationale, sources, status: draft|reviewed}; "
            + "changing needs If-Match (428 without, 412 when stale)")
    public Response put(FindingInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(() -> {
            StoredFinding saved = reviews.save(key(), input, Precondition.parse(ifMatch, ifNoneMatch), actor());
            return withTag(saved.version() == 1 ? Response.status(Response.Status.CREATED) : Response.ok(), saved);
        });
    }

    @POST
    @Path("approval")
    @RequiresRole(Role.REVIEWER)
    @SecurityRequirement(name = LexgapApplication.BEARER)
    @Operation(operationId = "approveFinding", summary = "Approve a reviewed finding (If-Match required); the author may not approve (four eyes)")
    public Response approve(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(() -> withTag(Response.ok(), reviews.approve(key(), Precondition.parse(ifMatch, null),
                actor())));
    }

    @GET
    @Path("history")
    @Operation(operationId = "getFindingHistory", summary = "Every change of the finding: who, when, before and after (oldest first)")
    public List<HistoryEntry> history() {
        try {
            return reviews.history(key());
        } catch (ReviewException e) {
            throw e.kind() == ReviewException.Kind.NOT_FOUND ? ProblemException.notFound(e.getMessage())
                    : ProblemException.badRequest(e.getMessage());
        }
    }

    private FindingKey key() {
        return new FindingKey(CountryParams.parse(cc).value(), checklist, criterionId);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static Response withTag(Response.ResponseBuilder builder, StoredFinding finding) {
        return builder.tag(new EntityTag(Long.toString(finding.version()))).entity(finding).build();
    }

    private static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (ReviewException e) {
            return ReviewProblems.of(e);
        }
    }
}
