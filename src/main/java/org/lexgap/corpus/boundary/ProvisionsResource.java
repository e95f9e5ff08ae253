package org.lexgap.corpus.boundary;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lexgap.api.ProblemException;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.DecisionRef;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.search.control.SearchService;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SimilarProvisions;

/** Single provisions of instruments and statutes; ids contain a slash ({@code cets-216/art-10}). */
@Path("provisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvisionsResource {

    @Inject
    CorpusService corpus;

    @Inject
    SearchService search;

    @GET
    @Path("{id: [^/]+/[^/]+}")
    @Operation(summary = "One provision (instrument article or statute provision), e.g. cets-216/art-10, with the "
            + "court decisions that applied it")
    @APIResponse(responseCode = "404", description = "No provision with this id")
    public ProvisionView get(@PathParam("id") String id) {
        Provision provision = corpus.corpus().provision(id)
                .orElseThrow(() -> ProblemException.notFound("No provision with id '" + id + "'."));
        return new ProvisionView(provision,
                corpus.corpus().decisionsApplying(id).stream().map(DecisionRef::of).toList());
    }

    @GET
    @Path("{id: [^/]+/[^/]+}/similar")
    @Operation(summary = "Comparable provisions of other instruments and jurisdictions (same criteria and topics, "
            + "similar wording)")
    @APIResponse(responseCode = "404", description = "No provision with this id")
    public SimilarProvisions similar(@PathParam("id") String id, @QueryParam("size") @DefaultValue("10") int size) {
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw ProblemException.badRequest("size must be between 1 and " + SearchRequest.MAX_SIZE + ".");
        }
        return search.similar(id, size)
                .orElseThrow(() -> ProblemException.notFound("No provision with id '" + id + "'."));
    }
}
