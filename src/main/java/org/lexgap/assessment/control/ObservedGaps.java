package org.lexgap.assessment.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.ObservationFinding;

/**
 * A gap a monitoring body documented: where no law in force shows any condition of a criterion, an observation of
 * the last five years that finds the law lacking what the criterion asks documents a level 0, and the reason names
 * the document. An observation never replaces law: any provision that meets a condition keeps the level to law.
 */
final class ObservedGaps {

    /** How recent an observation must be to document a gap, before the day of the assessment. */
    static final int YEARS = 5;

    private ObservedGaps() {
    }

    static Proposal apply(Proposal law, Criterion criterion, List<Observation> observations, LocalDate today) {
        boolean lawShowsAnything = law.evidence().stream().anyMatch(e -> !e.concepts().isEmpty());
        if (law.level() != Level.UNKNOWN || lawShowsAnything) {
            return law;
        }
        Optional<Observation> recent = observations.stream()
                .filter(o -> o.finding() == ObservationFinding.LACKS && o.criteria().contains(criterion.id()))
                .filter(o -> !o.date().isAfter(today) && o.date().isAfter(today.minusYears(YEARS)))
                .max(Comparator.comparing(Observation::date));
        if (recent.isEmpty()) {
            return law;
        }
        Observation o = recent.get();
        String cited = o.body().title() + ", " + o.document() + " (" + o.date() + ", para. " + o.paragraph() + ")";
        List<Evidence> evidence = new ArrayList<>(law.evidence());
        evidence.add(0, new Evidence(o.id(), cited, o.summary(), List.of(), 0, o.verified(), o.source(),
                java.util.Map.of(), Evidence.OBSERVATION));
        return new Proposal(Level.NOT_MET, "Level 0: no law in force in the corpus shows any condition of this "
                + "criterion, and " + cited + " found the law lacking: " + o.summary().strip()
                + (o.verified() ? "" : " (observation not yet verified in its source)")
                + ". A later law, once read, would decide instead.", evidence, law.conditions());
    }
}
