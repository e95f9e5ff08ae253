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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.CountryParams;
import org.lexgap.api.ProblemException;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.assessment.control.CoverageByCriterion;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.CriterionCoverage;
import org.lexgap.assessment.entity.Coverage;
import org.lexgap.config.Defaults;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.control.ProfileInventory;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.ProfileContents;
import org.lexgap.corpus.entity.Statute;

/** The States of the corpus, their profiles and assessments. */
@Path("countries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    static final String DEFAULT_CHECKLIST = Defaults.CHECKLIST;

    @Inject
    CorpusService corpus;

    @Inject
    AssessmentService assessments;

    /** One line of the country list. */
    public record CountryLine(String code, String name, String nativeName, String status, Double score,
                              Coverage coverage, ProfileContents contents) {
    }

    /**
     * The State list and, per criterion, how many States have a level.
     *
     * @param cellsKnown State x criterion cells with a level of 0, 1 or 2 (reviewer findings included)
     */
    public record CountryList(List<CountryLine> countries, int cells, int cellsKnown,
                              List<CriterionCoverage> criteria) {
    }

    @GET
    @Operation(operationId = "listCountries", summary = "List the States with their score and coverage under the default checklist and what each "
            + "profile holds of the THB/OR offence, jurisdiction rules and a transplantation law; and, per criterion, "
            + "how many States have a level (0, 1 or 2) and how many are unknown")
    public CountryList list() {
        Checklist checklist = ChecklistsResource.checklist(corpus, DEFAULT_CHECKLIST);
        List<Assessment> all = new ArrayList<>();
        List<CountryLine> lines = corpus.corpus().countries().stream().map(c -> {
            Assessment a = assessments.assess(c, checklist);
            all.add(a);
            String status = a.coverage().approved() + a.coverage().reviewed() == 0 ? "automatic" : "in review";
            return new CountryLine(c.code(), c.country().name(), c.country().nativeName(), status, a.score(),
                    a.coverage(), ProfileInventory.of(c, corpus.corpus().thesaurus(), LocalDate.now()));
        }).toList();
        List<CriterionCoverage> criteria = CoverageByCriterion.of(all);
        int cells = criteria.stream().mapToInt(k -> k.known() + k.unknown() + k.notApplicable()).sum();
        return new CountryList(lines, cells, criteria.stream().mapToInt(CriterionCoverage::known).sum(), criteria);
    }

    /** A State's profile as the API shows it: the profile and what it holds of the three parts every profile needs. */
    public record ProfileView(Country country, List<Statute> statutes, ProfileContents contents) {
    }

    @GET
    @Path("{cc}")
    @Operation(operationId = "getCountry", summary = "A State's profile: names, memberships, treaty status, statutes, and what the profile holds "
            + "of the THB/OR offence, jurisdiction rules and a transplantation law")
    public ProfileView get(@PathParam("cc") String code) {
        CountryProfile profile = profile(code);
        return new ProfileView(profile.country(), profile.statutes(),
                ProfileInventory.of(profile, corpus.corpus().thesaurus(), LocalDate.now()));
    }

    @GET
    @Path("{cc}/assessment")
    @Operation(operationId = "getCountryAssessment", summary = "A State assessed against a checklist: levels, evidence, scores, gaps and coverage")
    public Assessment assessment(@PathParam("cc") String code,
                                 @QueryParam("checklist") @DefaultValue(DEFAULT_CHECKLIST) String checklist) {
        return assessments.assess(profile(code), ChecklistsResource.checklist(corpus, checklist));
    }

    CountryProfile profile(String code) {
        String cc = CountryParams.parse(code).value();
        return corpus.corpus().country(cc).orElseThrow(() ->
                ProblemException.notFound("No profile for country '" + cc + "' in the corpus. See /api/countries."));
    }
}
