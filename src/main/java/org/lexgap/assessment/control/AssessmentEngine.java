package org.lexgap.assessment.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexgap.assessment.entity.AreaScore;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Coverage;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Gap;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Area;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.LegalBasis;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.Reservation;
import org.lexgap.reading.control.ConceptReader;
import org.lexgap.reading.control.LanguageAnalyzers;

/**
 * Assesses one country against one checklist version: the engine proposes a level per criterion from the
 * country's own provisions and treaty status, reservations cap what they narrow, and reviewer findings win.
 */
public final class AssessmentEngine {

    private final Corpus corpus;
    private final ConditionLevels law;
    private final Clock clock;

    public AssessmentEngine(Corpus corpus) {
        this(corpus, Clock.systemUTC());
    }

    /** @param clock the day whose law is assessed: a repealed or not yet valid text is no evidence */
    public AssessmentEngine(Corpus corpus, Clock clock) {
        this.corpus = corpus;
        this.clock = clock;
        this.law = new ConditionLevels(new ShownConditions(new ConceptReader(corpus.thesaurus(),
                corpus.vocabularies(), new LanguageAnalyzers())));
    }

    public Assessment assess(CountryProfile country, Checklist checklist, Map<String, Finding> findings) {
        LocalDate today = LocalDate.now(clock);
        List<Provision> provisions = corpus.provisionsOfCountry(country.code()).stream()
                .filter(p -> p.inForceOn(today)).toList();
        List<CriterionResult> results = new ArrayList<>();
        List<AreaScore> areas = new ArrayList<>();
        for (Area area : checklist.areas()) {
            List<CriterionResult> inArea = new ArrayList<>();
            for (Criterion criterion : area.criteria()) {
                Proposal proposal = criterion.treaties() != null && !criterion.treaties().isEmpty()
                        ? TreatyLevels.assess(country.country(), criterion)
                        : ObservedGaps.apply(law.assess(criterion, provisions), criterion,
                                corpus.observationsOf(country.code()), today);
                inArea.add(decide(area, criterion, cap(country, criterion, proposal),
                        Optional.ofNullable(findings.get(criterion.id())), checklist));
            }
            areas.add(Scoring.area(area.id(), area.title(), inArea));
            results.addAll(inArea);
        }
        return new Assessment(country.code(), country.country().name(),
                new Assessment.ChecklistRef(checklist.id(), checklist.version()), Scoring.score(results),
                Scoring.FORMULA, areas, results, gaps(results), coverage(results));
    }

    /**
     * What one provision shows on its own, criterion by criterion: the conditions it meets or shows missing and the
     * level it would give alone ({@link Evidence#suggests()}); criteria it says nothing of are left out. For a text
     * nobody has recorded conditions for, this is lexgap's reading of its words.
     */
    public Map<String, Evidence> readAlone(Provision provision, Checklist checklist) {
        Map<String, Evidence> out = new java.util.LinkedHashMap<>();
        checklist.criteria().filter(c -> !c.conditionList().isEmpty()).forEach(c -> {
            Proposal alone = law.assess(c, List.of(provision));
            alone.evidence().stream().filter(e -> !e.concepts().isEmpty() || !e.lacks().isEmpty()).findFirst()
                    .ifPresent(e -> out.put(c.id(), e));
        });
        return out;
    }

    /** A reservation that narrows a criterion caps it at 1, and the reason says so. */
    private static Proposal cap(CountryProfile country, Criterion criterion, Proposal proposal) {
        if (proposal.level() != Level.FULLY) {
            return proposal;
        }
        return country.country().treaties().stream()
                .filter(t -> t.reservations() != null)
                .flatMap(t -> t.reservations().stream().filter(r -> narrows(r, criterion))
                        .map(r -> t.treaty() + " art. " + r.article()))
                .findFirst()
                .map(where -> proposal.withLevel(Level.PARTLY, proposal.reason() + " Capped at 1: the reservation to "
                        + where + " narrows this criterion."))
                .orElse(proposal);
    }

    private static boolean narrows(Reservation reservation, Criterion criterion) {
        return reservation.narrows() != null && reservation.narrows().contains(criterion.id());
    }

    private CriterionResult decide(Area area, Criterion c, Proposal proposal, Optional<Finding> finding,
                                   Checklist checklist) {
        boolean unverifiedEvidence = proposal.evidence().stream()
                .anyMatch(e -> !e.verified() && (!e.concepts().isEmpty() || !e.lacks().isEmpty()));
        if (finding.isPresent()) {
            Finding f = finding.get();
            List<Evidence> evidence = f.evidence().stream()
                    .map(id -> corpus.provision(id).map(p -> new Evidence(p.id(), p.citation(),
                            Passages.firstSentence(p.summary()), List.of(), f.level().points().orElse(-1),
                            p.verified(), p.source())).orElse(new Evidence(id, id, "", List.of(), -1, false, null)))
                    .toList();
            boolean carried = !checklist.version().equals(f.checklistVersion());
            return new CriterionResult(c.id(), c.title(), area.id(), c.core(), c.weight(), f.level(), f.status(),
                    f.rationale(), proposal.level(), evidence, c.basis(), c.recommendedAction(), carried,
                    evidence.stream().anyMatch(e -> !e.verified()), f.source(), proposal.conditions(), List.of(), List.of());
        }
        return new CriterionResult(c.id(), c.title(), area.id(), c.core(), c.weight(), proposal.level(), Status.AUTO,
                proposal.reason(), proposal.level(), proposal.evidence(), c.basis(), c.recommendedAction(), false,
                unverifiedEvidence, null, proposal.conditions(), List.of(), List.of());
    }

    private List<Gap> gaps(List<CriterionResult> results) {
        return results.stream()
                .filter(r -> r.level() != Level.FULLY && r.level() != Level.NOT_APPLICABLE)
                .sorted(Comparator.comparing((CriterionResult r) -> !r.core())
                        .thenComparing(r -> r.level().scored() ? r.level().points().getAsInt() : 3)
                        .thenComparing(Comparator.comparingInt(CriterionResult::weight).reversed()))
                .map(r -> new Gap(r.id(), r.title(), r.core(), r.level(), requiredBy(r.basis()),
                        r.recommendedAction()))
                .toList();
    }

    private List<String> requiredBy(List<LegalBasis> basis) {
        return basis.stream().map(b -> {
            String citation = corpus.provision(b.provision()).map(Provision::citation).orElse(b.provision());
            String paragraph = b.paragraph() == null ? "" : ", para. " + b.paragraph();
            return citation + paragraph + (b.verified() ? "" : " [unverified]");
        }).toList();
    }

    private static Coverage coverage(List<CriterionResult> results) {
        int withEvidence = (int) results.stream().filter(r -> !r.evidence().isEmpty()).count();
        int scored = (int) results.stream().filter(r -> r.level().scored()).count();
        int unknown = (int) results.stream().filter(r -> r.level() == Level.UNKNOWN).count();
        int reviewed = (int) results.stream().filter(r -> r.status() == Status.REVIEWED).count();
        int approved = (int) results.stream().filter(r -> r.status() == Status.APPROVED).count();
        int unverified = (int) results.stream().filter(CriterionResult::unverified).count();
        return new Coverage(results.size(), withEvidence, scored, unknown, reviewed, approved, unverified);
    }
}
