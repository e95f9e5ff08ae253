package org.lexgap.assessment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.TreatyStatus;

/**
 * Scores the treaty-status criteria from {@code country.yaml}: party 2, signatory 1, neither 0, and
 * unknown when any treaty's status is unknown. The weakest treaty decides.
 */
final class TreatyLevels {

    private TreatyLevels() {
    }

    static Proposal assess(Country country, Criterion criterion) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Level level = Level.FULLY;
        boolean unknown = false;
        for (String treaty : criterion.treaties()) {
            Optional<TreatyStatus> found = country.treaties().stream().filter(t -> t.treaty().equals(treaty)).findFirst();
            Level one = found.map(TreatyLevels::levelOf).orElse(Level.UNKNOWN);
            found.ifPresent(t -> evidence.add(new Evidence(treaty, treaty, describe(t), List.of(),
                    one.points().orElse(-1), t.verified(), t.source())));
            reasons.add(treaty + ": " + found.map(t -> t.status().name().toLowerCase().replace('_', '-'))
                    .orElse("unknown"));
            if (!one.scored()) {
                unknown = true;
            } else if (one.points().getAsInt() < level.points().getAsInt()) {
                level = one;
            }
        }
        if (unknown && level != Level.NOT_MET) {
            return new Proposal(Level.UNKNOWN, "treaty status not established (" + String.join("; ", reasons) + ")",
                    evidence);
        }
        return new Proposal(level, "from treaty status: " + String.join("; ", reasons), evidence);
    }

    private static Level levelOf(TreatyStatus status) {
        return switch (status.status()) {
            case PARTY -> Level.FULLY;
            case SIGNATORY -> Level.PARTLY;
            case NOT_PARTY -> Level.NOT_MET;
            case UNKNOWN -> Level.UNKNOWN;
        };
    }

    private static String describe(TreatyStatus t) {
        StringBuilder text = new StringBuilder(t.status().name().toLowerCase().replace('_', '-'));
        if (t.signature() != null) {
            text.append("; signed ").append(t.signature());
        }
        if (t.ratification() != null) {
            text.append("; ratified ").append(t.ratification());
        }
        if (t.entryIntoForce() != null) {
            text.append("; in force ").append(t.entryIntoForce());
        }
        if (t.reservations() != null && !t.reservations().isEmpty()) {
            text.append("; reservations to ").append(t.reservations().stream().map(r -> "art. " + r.article()).toList());
        }
        return text.toString();
    }
}
