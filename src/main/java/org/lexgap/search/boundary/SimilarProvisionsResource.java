package org.lexgap.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lexgap.api.ProblemException;
import org.lexgap.search.control.SearchService;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SimilarProvisions;

/** Comparable provisions of one provision ({@code /api/provisions/cets-216/art-10/similar}), found by the index. */
@Path("provisions/{instrument}/{local}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimilarProvisionsResource {

    @Inject
    SearchService search;

    @GET
    @Operation(operationId = "getSimilarProvisions", summary = "Comparable provisions of other instruments and "
            + "jurisdictions (same criteria and topics, similar wording)")
    @APIResponse(responseCode = "404", description = "No provision with this id")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SimilarProvisions")))
    public SimilarProvisions similar(@PathParam("instrument") String instrument, @PathParam("local") String local,
                                     @QueryParam("size") @DefaultValue("10") String size) {
        int wanted = SearchResource.number("size", size);
        if (wanted < 1 || wanted > SearchRequest.MAX_SIZE) {
            throw ProblemException.badRequest("size must be between 1 and " + SearchRequest.MAX_SIZE + ".");
        }
        String id = instrument + "/" + local;
        return search.similar(id, wanted)
                .orElseThrow(() -> ProblemException.notFound("No provision with id '" + id + "'."));
    }
}
