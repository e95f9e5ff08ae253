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
import org.lexgap.api.CountryParams;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.control.CorpusService;

/** GET /api/countries/{cc}/observations: what monitoring bodies found about a State's law. */
@Path("countries/{cc}/observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ObservationsResource {

    @Inject
    CorpusService corpus;

    /** A State's observations, as its observations.yaml lists them. */
    public record CountryObservations(String country, String name, List<Observation> observations) {
    }

    @GET
    @Operation(operationId = "listCountryObservations", summary = "What GRETA, the US TIP report, UN treaty bodies and others found about a State's law: "
            + "body, document, date, paragraph, criteria, finding, summary in our words, source, verification")
    @APIResponse(responseCode = "404", description = "No profile for this country")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "CountryObservations")))
    public CountryObservations list(@PathParam("cc") String code) {
        String cc = CountryParams.parse(code).value();
        Corpus c = corpus.corpus();
        String name = c.country(cc).map(p -> p.country().name()).orElseThrow(() ->
                ProblemException.notFound("No profile for country '" + cc + "' in the corpus. See /api/countries."));
        return new CountryObservations(cc, name, c.observationsOf(cc));
    }
}
