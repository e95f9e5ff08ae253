package org.lexgap.report.control;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lexgap.assessment.entity.AreaScore;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.entity.Area;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.report.entity.Comparison;

/** Turns a comparison into the values of its template: the matrix, area averages and the commonest gaps. */
public final class ComparisonView {

    /** How many of the commonest gaps the report lists. */
    static final int TOP_GAPS = 12;

    public record CountryView(String code, String name, String score) {
    }

    public record Cell(String css, String text, String label) {
    }

    public record MatrixRow(String id, String title, boolean core, List<Cell> cells) {
    }

    public record AreaBlock(String title, int columns, List<MatrixRow> rows) {
    }

    public record AreaAverage(String title, String average, long scored, String lowest, String highest) {
    }

    public record GapCount(String id, String title, boolean core, long notMet, long partly, long unknown) {
    }

    private ComparisonView() {
    }

    static Map<String, Object> of(Comparison comparison, boolean pdf, String css) {
        List<Assessment> all = comparison.assessments();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("pdf", pdf);
        v.put("css", css);
        String ref = comparison.checklist().id() + " " + comparison.checklist().version();
        v.put("title", "Comparative legal gap report: " + all.size() + " countries (" + ref + ")");
        v.put("description", "Levels of " + all.size() + " countries on every criterion of checklist " + ref
                + " on trafficking in human beings for the purpose of organ removal, area averages and the "
                + "most common gaps.");
        v.put("checklistTitle", comparison.checklist().title());
        v.put("checklistId", comparison.checklist().id());
        v.put("checklistVersion", comparison.checklist().version());
        v.put("date", comparison.generated().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        v.put("countryCount", all.size());
        v.put("countries", all.stream().map(a -> new CountryView(a.country(), a.countryName(),
                CountryReportView.score(a.score()))).toList());
        List<AreaBlock> blocks = new ArrayList<>();
        for (Area area : comparison.checklist().areas()) {
            List<MatrixRow> rows = area.criteria().stream().map(c -> row(c, all)).toList();
            blocks.add(new AreaBlock(area.title(), all.size() + 1, rows));
        }
        v.put("areas", blocks);
        v.put("averages", comparison.checklist().areas().stream().map(area -> average(area, all)).toList());
        v.put("gaps", commonGaps(comparison));
        v.put("legend", java.util.Arrays.stream(Level.values()).map(l -> new Cell(Labels.css(l), Labels.cell(l),
                Labels.label(l))).toList());
        return v;
    }

    private static MatrixRow row(Criterion criterion, List<Assessment> all) {
        List<Cell> cells = all.stream().map(a -> level(a, criterion.id()))
                .map(l -> new Cell(Labels.css(l), Labels.cell(l), Labels.label(l))).toList();
        return new MatrixRow(criterion.id(), criterion.title(), criterion.core(), cells);
    }

    static Level level(Assessment a, String criterion) {
        return a.criteria().stream().filter(c -> c.id().equals(criterion)).findFirst().map(CriterionResult::level)
                .orElse(Level.UNKNOWN);
    }

    private static AreaAverage average(Area area, List<Assessment> all) {
        List<Double> scores = all.stream().map(a -> a.areas().stream().filter(x -> x.id().equals(area.id()))
                .findFirst().map(AreaScore::score).orElse(null)).filter(Objects::nonNull).toList();
        Double mean = scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new AreaAverage(area.title(), CountryReportView.score(mean == null ? null : Math.round(mean * 10) / 10.0),
                scores.size(), scores.isEmpty() ? "n/a" : CountryReportView.score(scores.stream()
                        .min(Comparator.naturalOrder()).get()),
                scores.isEmpty() ? "n/a" : CountryReportView.score(scores.stream().max(Comparator.naturalOrder()).get()));
    }

    /** Criteria most often not met or partly met, then most often unknown; core first among equals. */
    static List<GapCount> commonGaps(Comparison comparison) {
        List<Assessment> all = comparison.assessments();
        return comparison.checklist().criteria().map(c -> new GapCount(c.id(), c.title(), c.core(),
                        all.stream().filter(a -> level(a, c.id()) == Level.NOT_MET).count(),
                        all.stream().filter(a -> level(a, c.id()) == Level.PARTLY).count(),
                        all.stream().filter(a -> level(a, c.id()) == Level.UNKNOWN).count()))
                .filter(g -> g.notMet() + g.partly() > 0)
                .sorted(Comparator.comparingLong((GapCount g) -> -(g.notMet() + g.partly()))
                        .thenComparingLong(g -> -g.notMet())
                        .thenComparing(g -> !g.core()))
                .limit(TOP_GAPS)
                .toList();
    }
}
