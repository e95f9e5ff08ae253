package org.lexgap.corpus.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lexgap.api.ProblemException;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Instrument;

/** The international instruments of the corpus. */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    @Inject
    CorpusService corpus;

    @GET
    @Operation(operationId = "listInstruments", summary = "List the international instruments, with provision counts")
    public List<InstrumentSummary> list() {
        return corpus.corpus().instruments().stream().map(InstrumentSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInstrument", summary = "One instrument with every provision: heading, summary, topics, criteria, verification")
    @APIResponse(responseCode = "404", description = "No instrument with this id")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Instrument")))
    public Instrument get(@PathParam("id") String id) {
        return corpus.corpus().instrument(id)
                .orElseThrow(() -> ProblemException.notFound("No instrument with id '" + id + "'. See /api/instruments."));
    }
}
