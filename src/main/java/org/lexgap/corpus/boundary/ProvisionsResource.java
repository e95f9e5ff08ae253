package org.lexgap.corpus.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lexgap.api.ProblemException;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.DecisionRef;
import org.lexgap.corpus.entity.Provision;

/**
 * Single provisions of instruments and statutes. A provision id has two parts, the document and the provision in it
 * ({@code cets-216/art-10}); the combined id is the path below {@code provisions/}. Comparable provisions are served
 * by the search component ({@code .../similar}).
 */
@Path("provisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvisionsResource {

    @Inject
    CorpusService corpus;

    @GET
    @Path("{instrument}/{local}")
    @Operation(operationId = "getProvision", summary = "One provision (instrument article or statute provision), e.g. cets-216/art-10, with the "
            + "court decisions that applied it")
    @APIResponse(responseCode = "404", description = "No provision with this id")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ProvisionView")))
    public ProvisionView get(@PathParam("instrument") String instrument, @PathParam("local") String local) {
        String id = instrument + "/" + local;
        Provision provision = corpus.corpus().provision(id)
                .orElseThrow(() -> ProblemException.notFound("No provision with id '" + id + "'."));
        return new ProvisionView(provision,
                corpus.corpus().decisionsApplying(id).stream().map(DecisionRef::of).toList());
    }
}
