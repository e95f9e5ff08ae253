package org.lexgap.report.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.report.entity.Comparison;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.text.CsvCells;

/**
 * The CSV forms: one row per criterion for a country; one row per country and criterion for a comparison. No
 * cell starts a formula (OWASP's CSV injection advice), whatever a reviewer wrote.
 */
public final class CsvReports {

    /** Every text cell goes through {@link CsvCells#safe}: cleaned, and never the start of a formula. */
    private static final CsvMapper CSV = CsvMapper.builder().addModule(new SimpleModule("safe-cells")
            .addSerializer(String.class, new StdSerializer<>(String.class) {
                @Override
                public void serialize(String value, JsonGenerator generator, SerializerProvider provider)
                        throws IOException {
                    generator.writeString(CsvCells.safe(value));
                }
            })).build();

    /**
     * One criterion of one country, as a CSV row; the last two columns are the report's "Decisions" and "What
     * monitoring bodies found" on that criterion (never evidence of the level).
     */
    @JsonPropertyOrder({"country", "checklist", "version", "area", "criterion", "title", "core", "weight", "level",
        "status", "proposed", "unverified", "evidence", "reason", "requiredBy", "recommendedAction", "decisions",
        "observations"})
    public record CriterionRow(String country, String checklist, String version, String area, String criterion,
                               String title, boolean core, int weight, String level, String status, String proposed,
                               boolean unverified, String evidence, String reason, String requiredBy,
                               String recommendedAction, String decisions, String observations) {
    }

    /** One country's level on one criterion, with the country's and the area's score, as a CSV row. */
    @JsonPropertyOrder({"country", "name", "score", "area", "areaScore", "criterion", "core", "level", "status"})
    public record MatrixRow(String country, String name, String score, String area, String areaScore,
                            String criterion, boolean core, String level, String status) {
    }

    private CsvReports() {
    }

    static byte[] country(CountryReport report) {
        Assessment a = report.assessment();
        List<CriterionRow> rows = a.criteria().stream().map(c -> new CriterionRow(a.country(), a.checklist().id(),
                a.checklist().version(), c.area(), c.id(), c.title(), c.core(), c.weight(), c.level().code(),
                c.status().code(), c.proposed() == null ? "" : c.proposed().code(), c.unverified(),
                c.evidence().stream().map(e -> e.citation() == null ? e.provision() : e.citation())
                        .collect(Collectors.joining("; ")),
                c.reason() == null ? "" : c.reason(),
                c.basis().stream().map(b -> CountryReportView.cite(report, b)).collect(Collectors.joining("; ")),
                c.recommendedAction() == null ? "" : c.recommendedAction(),
                String.join("; ", RecordViews.mentions(c)), String.join("; ", RecordViews.findings(c)))).toList();
        return write(CriterionRow.class, rows);
    }

    static byte[] comparison(Comparison comparison) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Assessment a : comparison.assessments()) {
            for (CriterionResult c : a.criteria()) {
                String areaScore = a.areas().stream().filter(x -> x.id().equals(c.area())).findFirst()
                        .map(x -> CountryReportView.score(x.score())).orElse("n/a");
                rows.add(new MatrixRow(a.country(), a.countryName(), CountryReportView.score(a.score()), c.area(),
                        areaScore, c.id(), c.core(), c.level().code(), c.status().code()));
            }
        }
        return write(MatrixRow.class, rows);
    }

    private static <T> byte[] write(Class<T> type, List<T> rows) {
        CsvSchema schema = CSV.schemaFor(type).withHeader();
        try {
            return CSV.writer(schema).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }
}
