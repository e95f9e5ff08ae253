package org.lexgap.report.control;

import java.util.List;
import java.util.stream.Collectors;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.corpus.entity.CaseStep;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.DecisionRef;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.report.entity.CountryReport;

/**
 * The report's views of court decisions and monitoring-body observations (the "Decisions" and "What monitoring
 * bodies found" sections), and the one-line mentions under each criterion; plain strings, the template escapes them.
 */
public final class RecordViews {

    public record DecisionView(String id, String name, String court, String date, String docket, String outcome,
                               String provisions, String criteria, String summary, String sentences, String donors,
                               String medicalStaff, List<String> history, String sources, boolean unverified) {

        public boolean hasHistory() {
            return !history.isEmpty();
        }
    }

    public record ObservationView(String id, String body, String document, String date, String paragraph,
                                  String criteria, String finding, String summary, String provisions, String source,
                                  boolean unverified) {
    }

    private RecordViews() {
    }

    static List<DecisionView> decisions(CountryReport report) {
        return report.decisions().stream().map(d -> decision(report, d)).toList();
    }

    static List<ObservationView> observations(CountryReport report) {
        return report.observations().stream().map(o -> new ObservationView(o.id(), o.body().title(), o.document(),
                o.date().toString(), o.paragraph(), String.join(", ", o.criteria()), Labels.label(o.finding()),
                o.summary().strip(), o.provisions() == null ? "" : o.provisions().stream().map(report::cite)
                        .collect(Collectors.joining("; ")), o.source(), !o.verified())).toList();
    }

    /** One line per decision that illustrates a criterion: name, court, date, outcome. */
    static List<String> mentions(CriterionResult c) {
        return c.decisions().stream().map(RecordViews::mention).toList();
    }

    /** One line per observation on a criterion: body, document, date, paragraph, finding. */
    static List<String> findings(CriterionResult c) {
        return c.observations().stream().map(RecordViews::finding).toList();
    }

    static String mention(DecisionRef d) {
        return d.name() + " (" + d.court() + ", " + d.shownDate() + "): " + Labels.label(d.outcome())
                + (d.verified() ? "" : " [unverified]");
    }

    static String finding(Observation o) {
        return o.body().name().replace('_', '-') + ", " + o.document() + " (" + o.date() + "), para. " + o.paragraph()
                + ": " + Labels.label(o.finding()) + (o.verified() ? "" : " [unverified]");
    }

    private static DecisionView decision(CountryReport report, CourtDecision d) {
        List<CaseStep> steps = d.history() == null ? List.of() : d.history();
        return new DecisionView(d.id(), d.name(), d.court(), d.shownDate(), d.docket() == null ? "" : d.docket(),
                Labels.label(d.outcome()), d.provisions().stream().map(report::cite).collect(Collectors.joining("; ")),
                String.join(", ", d.criteria()), d.summary().strip(), text(d.sentences()), text(d.donors()),
                text(d.medicalStaff()), steps.stream().map(s -> s.court() + (s.date() == null ? "" : ", " + s.date())
                        + (s.docket() == null ? "" : ", " + s.docket()) + ": " + s.summary().strip()
                        + (s.verified() ? "" : " [unverified]")).toList(),
                String.join(" ; ", d.sources()), !d.verified());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
