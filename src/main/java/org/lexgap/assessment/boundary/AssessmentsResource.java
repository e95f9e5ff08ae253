package org.lexgap.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lexgap.api.ProblemException;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Criterion;

/** Several countries side by side: a countries × criteria matrix of levels. */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

    @Inject
    CorpusService corpus;

    @Inject
    AssessmentService assessments;

    @Inject
    CountriesResource countries;

    /** The matrix: criteria in checklist order (core first), one row per country. */
    public record Matrix(Assessment.ChecklistRef checklist, List<String> criteria, List<Row> countries) {
    }

    /**
     * One country: overall and area scores, how many criteria the scores rest on, and the levels by criterion id.
     */
    public record Row(String code, String name, Double score, int scored, int criteria, Map<String, Double> areas,
                      Map<String, Level> levels) {
    }

    @GET
    @Operation(operationId = "getAssessmentMatrix", summary = "Countries × criteria matrix; countries=DE,ES,GB (default: all)")
    public Matrix matrix(@QueryParam("countries") String codes,
                         @QueryParam("checklist") @DefaultValue(CountriesResource.DEFAULT_CHECKLIST) String id) {
        Checklist checklist = ChecklistsResource.checklist(corpus, id);
        List<CountryProfile> selected = codes == null || codes.isBlank()
                ? List.copyOf(corpus.corpus().countries())
                : Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                        .map(countries::profile).toList();
        if (selected.size() > 200) {
            throw ProblemException.badRequest("At most 200 countries at once.");
        }
        List<String> criteria = checklist.criteria().sorted((a, b) -> Boolean.compare(b.core(), a.core()))
                .map(Criterion::id).toList();
        List<Row> rows = selected.stream().map(c -> {
            Assessment a = assessments.assess(c, checklist);
            Map<String, Level> levels = new LinkedHashMap<>();
            criteria.forEach(k -> a.criteria().stream().filter(r -> r.id().equals(k)).findFirst()
                    .ifPresent(r -> levels.put(k, r.level())));
            Map<String, Double> areas = new LinkedHashMap<>();
            a.areas().forEach(area -> areas.put(area.id(), area.score()));
            return new Row(c.code(), c.country().name(), a.score(), a.coverage().scored(), a.coverage().criteria(),
                    areas, levels);
        }).toList();
        return new Matrix(new Assessment.ChecklistRef(checklist.id(), checklist.version()), criteria, rows);
    }
}
