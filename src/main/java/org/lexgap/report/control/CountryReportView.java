package org.lexgap.report.control;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lexgap.assessment.entity.AreaScore;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.ConditionResult;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.entity.LegalBasis;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.TextStatus;
import org.lexgap.corpus.entity.TreatyStatus;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.UnverifiedFact;

/** Turns a country report into the values its template shows (plain strings; the template escapes them). */
public final class CountryReportView {

    /** Longest evidence passage shown, in characters. */
    static final int PASSAGE = 320;

    public record StatusLine(String label, long count, String meaning) {
    }

    public record HoldingLine(String part, String holding) {
    }

    public record LevelLine(String label, String css, long count, String meaning) {
    }

    public record AreaView(String id, String title, String score, int scored, int criteria, List<CriterionView> items) {
    }

    /** One condition of a criterion's levels: what it asks, for which levels, whether met, and by what. */
    public record ConditionView(String text, String levels, String status, String shownBy) {
    }

    public record EvidenceView(String citation, String passage, String matched, boolean unverified) {
    }

    public record CriterionView(int headingLevel, String id, String title, boolean core, String css, String levelLabel, String descriptor,
                         String status, boolean proposedDiffers, String proposedLabel, boolean carriedOver,
                         boolean unverified, int weight, String rationaleLabel, String reason,
                         boolean hasEvidence, List<EvidenceView> evidence, String basis,
                                boolean hasConditions, List<ConditionView> conditions, List<String> decisions,
                                List<String> observations) {

        public boolean illustrated() {
            return !decisions.isEmpty() || !observations.isEmpty();
        }
    }

    public record GapView(String id, String title, boolean core, String css, String levelLabel, List<String> requiredBy,
                   String action) {
    }

    public record TreatyView(String title, String status, String signature, String ratification, String entryIntoForce,
                      String verified) {
    }

    public record StatuteView(String titleEn, String title, String lang, String citation, String kind, String dates,
                              String text, String verified, List<String> amendments) {

        public boolean amended() {
            return !amendments.isEmpty();
        }
    }

    public record ReservationView(String treaty, String article, String summary, String narrows) {
    }

    private CountryReportView() {
    }

    static Map<String, Object> of(CountryReport report, boolean pdf, String chart, String css) {
        Assessment a = report.assessment();
        List<CriterionResult> criteria = a.criteria();
        Map<String, Object> v = new LinkedHashMap<>();
        String name = report.country().name();
        v.put("pdf", pdf);
        v.put("css", css);
        v.put("chart", chart);
        v.put("title", "Legal gap report: " + name + " (" + a.checklist().id() + " " + a.checklist().version() + ")");
        v.put("description", "Gap assessment of the law of " + name + " on trafficking in human beings for the "
                + "purpose of organ removal, against checklist " + a.checklist().id() + " version "
                + a.checklist().version() + ": levels, evidence, gaps, treaty status and unverified facts.");
        v.put("countryName", name);
        v.put("countryCode", report.country().code());
        v.put("nativeName", report.country().nativeName());
        v.put("nativeLang", report.country().officialLanguages().isEmpty() ? "en"
                : report.country().officialLanguages().get(0));
        v.put("checklistTitle", report.checklist().title());
        v.put("checklistId", a.checklist().id());
        v.put("checklistVersion", a.checklist().version());
        v.put("checklistDate", report.checklist().date().toString());
        v.put("date", report.generated().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        v.put("criteriaCount", criteria.size());
        v.put("statuses", Arrays.stream(Status.values()).map(s -> new StatusLine(Labels.label(s),
                criteria.stream().filter(c -> c.status() == s).count(), Labels.meaning(s))).toList());
        v.put("unverifiedCriteria", a.coverage().unverified());
        long countryFacts = report.unverifiedFacts().stream()
                .filter(f -> !UnverifiedFact.LEGAL_BASIS.equals(f.kind())).count();
        v.put("unverifiedFacts", countryFacts);
        v.put("facts", report.facts());
        v.put("unverifiedBases", report.unverifiedFacts().size() - countryFacts);
        v.put("holdings", List.of(
                new HoldingLine("the offence of trafficking for organ removal", Labels.label(report.contents().thbOrOffence())),
                new HoldingLine("rules on jurisdiction over offences", Labels.label(report.contents().jurisdiction())),
                new HoldingLine("a transplantation law", Labels.label(report.contents().transplantLaw()))));
        v.put("overallScore", score(a.score()));
        v.put("overallNote", "out of 100, over " + a.coverage().scored() + " of " + criteria.size()
                + " criteria with a known level (" + a.coverage().unknown() + " unknown).");
        v.put("areas", a.areas().stream().map(area -> area(report, area)).toList());
        v.put("levelCounts", Arrays.stream(Level.values()).map(l -> new LevelLine(Labels.label(l), Labels.css(l),
                criteria.stream().filter(c -> c.level() == l).count(), Labels.meaning(l))).toList());
        v.put("levelLegend", v.get("levelCounts"));
        v.put("core", criteria.stream().filter(CriterionResult::core).map(c -> criterion(report, c, 3)).toList());
        v.put("gaps", a.gaps().stream().map(g -> new GapView(g.criterion(), g.title(), g.core(), Labels.css(g.level()),
                Labels.label(g.level()), g.requiredBy(), g.recommendedAction())).toList());
        v.put("gapCount", a.gaps().size());
        v.put("treaties", report.country().treaties().stream().map(t -> treaty(report, t)).toList());
        v.put("reservations", reservations(report));
        v.put("statutes", report.statutes().stream().map(CountryReportView::statute).toList());
        v.put("decisions", RecordViews.decisions(report));
        v.put("observations", RecordViews.observations(report));
        v.put("formula", a.formula());
        v.put("annex", report.unverifiedFacts().stream().map(f -> new UnverifiedFact(f.kind(),
                f.id(), f.description(), f.source() == null ? "" : f.source())).toList());
        return v;
    }

    static String score(Double score) {
        return score == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", score);
    }

    private static AreaView area(CountryReport report, AreaScore area) {
        List<CriterionView> items = report.assessment().criteria().stream().filter(c -> c.area().equals(area.id()))
                .map(c -> criterion(report, c, 4)).toList();
        return new AreaView(area.id(), area.title(), score(area.score()), area.scored(), area.criteria(), items);
    }

    private static CriterionView criterion(CountryReport report, CriterionResult c, int headingLevel) {
        String descriptor = report.checklist().criterion(c.id())
                .map(cr -> cr.levels().getOrDefault(c.level().code(), "")).orElse("");
        List<EvidenceView> evidence = c.evidence().stream().map(e -> evidence(report, e)).toList();
        String basis = c.basis().stream().map(b -> cite(report, b)).collect(Collectors.joining("; "));
        boolean byEngine = c.status() == Status.AUTO;
        return new CriterionView(headingLevel, c.id(), c.title(), c.core(), Labels.css(c.level()), Labels.label(c.level()),
                descriptor, Labels.label(c.status()), c.proposed() != null && c.proposed() != c.level(),
                c.proposed() == null ? "" : Labels.label(c.proposed()), c.carriedOver(), c.unverified(), c.weight(),
                byEngine ? "Engine's reason" : "Reviewer's rationale", c.reason() == null ? "" : c.reason(),
                !evidence.isEmpty(), evidence, basis.isEmpty() ? "none listed" : basis, !c.conditions().isEmpty(),
                c.conditions().stream().map(CountryReportView::condition).toList(), RecordViews.mentions(c),
                RecordViews.findings(c));
    }

    private static ConditionView condition(ConditionResult c) {
        List<String> shown = new java.util.ArrayList<>();
        if (!c.metBy().isEmpty()) {
            shown.add("met by " + String.join(", ", c.metBy()));
        }
        c.lackedBy().forEach(l -> shown.add("missing or limited: " + l));
        return new ConditionView(c.text(), c.levels().isEmpty() ? "" : "level " + String.join(", ", c.levels()),
                Labels.label(c.status()) + (c.unverified() ? " (unverified)" : ""),
                shown.isEmpty() ? "no evidence" : String.join("; ", shown));
    }

    private static EvidenceView evidence(CountryReport report, Evidence e) {
        String matched = e.passage() == null ? "" : e.passage().strip();
        String summary = report.summaries().getOrDefault(e.provision(), "").strip();
        String passage = shorten(summary.isEmpty() ? matched : summary);
        String citation = e.citation() == null || e.citation().isBlank() ? e.provision() : e.citation();
        return new EvidenceView(citation, passage, passage.contains(matched) ? "" : shorten(matched), !e.verified());
    }

    private static String shorten(String text) {
        if (text.length() <= PASSAGE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PASSAGE);
        return text.substring(0, cut > PASSAGE / 2 ? cut : PASSAGE) + " …";
    }

    static String cite(CountryReport report, LegalBasis b) {
        return report.cite(b.provision()) + (b.paragraph() == null ? "" : ", para. " + b.paragraph())
                + (b.verified() ? "" : " [unverified]");
    }

    private static TreatyView treaty(CountryReport report, TreatyStatus t) {
        return new TreatyView(report.cite(t.treaty()), Reports.participation(t.status()), date(t.signature()),
                date(t.ratification()), date(t.entryIntoForce()), t.verified() ? "yes" : "no");
    }

    private static StatuteView statute(Statute s) {
        String dates = "valid from " + s.validFrom() + (s.validUntil() == null ? ""
                : " until " + s.validUntil() + " (no longer in force" + (s.replacedBy() == null ? "" : "; replaced by "
                        + s.replacedBy()) + "; not used as evidence)");
        List<String> amendments = s.amendments() == null ? List.of() : s.amendments().stream()
                .map(a -> a.citation() + (a.inForce() == null ? "" : " (in force " + a.inForce() + ")") + ": "
                        + a.summary() + (a.verified() ? "" : " [unverified]")).toList();
        return new StatuteView(s.titleEn(), s.title(), s.language(), s.citation(), Labels.label(s.kind()), dates,
                s.language() + ", " + (s.textStatus() == TextStatus.OFFICIAL ? "official text" : "translation"),
                s.verified() ? "yes" : "no", amendments);
    }

    private static List<ReservationView> reservations(CountryReport report) {
        List<ReservationView> list = new ArrayList<>();
        for (TreatyStatus t : report.country().treaties()) {
            if (t.reservations() != null) {
                t.reservations().forEach(r -> list.add(new ReservationView(report.cite(t.treaty()), r.article(),
                        r.summary(), r.narrows() == null ? "" : String.join(", ", r.narrows()))));
            }
        }
        return list;
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "–" : date.toString();
    }
}
