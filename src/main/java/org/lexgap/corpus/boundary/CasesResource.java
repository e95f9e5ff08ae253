package org.lexgap.corpus.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.lexgap.api.ProblemException;
import org.lexgap.api.CountryParams;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.DecisionRef;

/** Court decisions that applied the law on THB/OR, organ trafficking and transplantation. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    private static final Pattern CRITERION = Pattern.compile("[A-Z][A-Z0-9-]{0,63}");

    @Inject
    CorpusService corpus;

    @GET
    @Operation(operationId = "listCases", summary = "List court decisions, the most recent first; filters: country (the State concerned, for "
            + "the ECtHR the respondent State), criterion, provision")
    @APIResponse(responseCode = "400", description = "Malformed filter")
    public List<DecisionRef> list(@QueryParam("country") String country, @QueryParam("criterion") String criterion,
                                  @QueryParam("provision") String provision) {
        String cc = blank(country) ? null : CountryParams.parse(country).value();
        if (!blank(criterion) && !CRITERION.matcher(criterion).matches()) {
            throw ProblemException.badRequest("criterion must be a criterion id such as LIAB-MEDICAL.");
        }
        Corpus c = corpus.corpus();
        return (blank(provision) ? c.decisions() : c.decisionsApplying(provision)).stream()
                .filter(d -> cc == null || cc.equals(d.country()))
                .filter(d -> blank(criterion) || d.criteria().contains(criterion))
                .map(DecisionRef::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCase", summary = "One court decision: court, date, number, parties, provisions applied (with their "
            + "citations), criteria it illustrates, outcome, appeal history, summary, sources, verification")
    @APIResponse(responseCode = "404", description = "No decision with this id")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "CaseView")))
    public CaseView get(@PathParam("id") String id) {
        Corpus c = corpus.corpus();
        CourtDecision decision = c.decision(id)
                .orElseThrow(() -> ProblemException.notFound("No court decision with id '" + shown(id)
                        + "'. See /api/cases."));
        return CaseView.of(decision, c);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String shown(String id) {
        String cut = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
