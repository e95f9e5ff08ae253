package org.lexgap.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.ProblemException;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Coverage;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;

/** The States of the corpus, their profiles and assessments. */
@Path("countries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    static final String DEFAULT_CHECKLIST = "thbor";

    @Inject
    CorpusService corpus;

    @Inject
    AssessmentService assessments;

    /** One line of the country list. */
    public record CountryLine(String code, String name, String nativeName, String status, Double score,
                              Coverage coverage) {
    }

    @GET
    @Operation(summary = "List the States with their automatic score and coverage under the default checklist")
    public List<CountryLine> list() {
        Checklist checklist = ChecklistsResource.checklist(corpus, DEFAULT_CHECKLIST);
        return corpus.corpus().countries().stream().map(c -> {
            Assessment a = assessments.assess(c, checklist);
            String status = a.coverage().approved() + a.coverage().reviewed() == 0 ? "automatic" : "in review";
            return new CountryLine(c.code(), c.country().name(), c.country().nativeName(), status, a.score(),
                    a.coverage());
        }).toList();
    }

    @GET
    @Path("{cc}")
    @Operation(summary = "A State's profile: names, memberships, treaty status and statutes")
    public CountryProfile get(@PathParam("cc") String code) {
        return profile(code);
    }

    @GET
    @Path("{cc}/assessment")
    @Operation(summary = "A State assessed against a checklist: levels, evidence, scores, gaps and coverage")
    public Assessment assessment(@PathParam("cc") String code,
                                 @QueryParam("checklist") @DefaultValue(DEFAULT_CHECKLIST) String checklist) {
        return assessments.assess(profile(code), ChecklistsResource.checklist(corpus, checklist));
    }

    CountryProfile profile(String code) {
        String cc = CountryCodes.parse(code);
        return corpus.corpus().country(cc).orElseThrow(() ->
                ProblemException.notFound("No profile for country '" + cc + "' in the corpus. See /api/countries."));
    }
}
