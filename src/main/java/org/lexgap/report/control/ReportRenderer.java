package org.lexgap.report.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lexgap.json.Mappers;
import org.lexgap.report.entity.Comparison;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;

/** Renders country reports and comparisons in each format; HTML and PDF share one template. */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    public static byte[] render(CountryReport report, ReportFormat format) {
        return switch (format) {
            case PDF -> PdfRenderer.render(html(report, true), report.generated());
            case HTML -> html(report, false).getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvReports.country(report);
            case JSON -> json(report);
        };
    }

    public static byte[] render(Comparison comparison, ReportFormat format) {
        return switch (format) {
            case PDF -> PdfRenderer.render(html(comparison, true), comparison.generated());
            case HTML -> html(comparison, false).getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvReports.comparison(comparison);
            case JSON -> throw new IllegalArgumentException("the comparison comes as PDF, HTML or CSV; "
                    + "for JSON use /api/assessments");
        };
    }

    public static String html(CountryReport report, boolean pdf) {
        BarChart chart = new BarChart("Scores by area for " + report.country().name() + " (0 to 100)",
                report.assessment().areas().stream().map(a -> new BarChart.Bar(a.title(), a.score())).toList());
        return Templates.render("country", CountryReportView.of(report, pdf, pdf ? chart.pdfObject() : chart.svg(),
                Templates.css()));
    }

    public static String html(Comparison comparison, boolean pdf) {
        return Templates.render("comparison", ComparisonView.of(comparison, pdf, Templates.css()));
    }

    static byte[] json(CountryReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", report.baseName());
        json.put("generated", report.generated());
        json.put("country", report.country().code());
        json.put("name", report.country().name());
        json.put("nativeName", report.country().nativeName());
        json.put("treaties", report.country().treaties());
        json.put("assessment", report.assessment());
        json.put("decisions", report.decisions());
        json.put("observations", report.observations());
        json.put("unverifiedFacts", report.unverifiedFacts());
        try {
            return Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
