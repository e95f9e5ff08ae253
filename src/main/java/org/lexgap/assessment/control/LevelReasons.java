package org.lexgap.assessment.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexgap.assessment.entity.ConditionResult;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.entity.Criterion;

/**
 * The reason a reviewer can check: which conditions the level rests on and which provisions meet them, and every
 * condition of the next level up, met (by which provision), limited, missing (and why) or not shown; and whether
 * any of that evidence is unverified.
 */
final class LevelReasons {

    private final Criterion criterion;
    private final Map<String, ConditionResult> conditions;

    LevelReasons(Criterion criterion, Map<String, ConditionResult> conditions) {
        this.criterion = criterion;
        this.conditions = conditions;
    }

    String explain(Level level, List<Evidence> evidence) {
        StringBuilder text = new StringBuilder();
        switch (level) {
            case FULLY -> text.append("Level 2: every condition it needs is met: ").append(list(named("2")));
            case PARTLY -> {
                Set<String> shown = met(named("1"));
                Set<String> higher = new LinkedHashSet<>(named("2"));
                higher.removeAll(shown);
                text.append("Level 1: ").append(list(shown)).append(". For level 2: ").append(list(higher));
            }
            case NOT_MET -> text.append("Level 0: the evidence shows that what level 1 needs is missing: ")
                    .append(list(named("1")));
            default -> text.append(evidence.isEmpty()
                    ? "Unknown: no provision in force in the corpus shows any condition of this criterion; not reviewed"
                    : "Unknown: the evidence shows neither what level 1 needs nor its absence: " + list(named("1")));
        }
        List<String> unverified = evidence.stream().filter(e -> !e.verified() && (!e.concepts().isEmpty()
                || !e.lacks().isEmpty())).map(Evidence::citation).distinct().toList();
        if (!unverified.isEmpty() && level != Level.UNKNOWN) {
            text.append(". Rests in part on evidence not yet verified in its source: ").append(String.join(", ", unverified));
        }
        List<String> read = evidence.stream().filter(e -> !Evidence.RECORDED.equals(e.basis())
                && (!e.concepts().isEmpty() || !e.lacks().isEmpty())).map(Evidence::citation).distinct().toList();
        if (!read.isEmpty()) {
            text.append(". Read automatically, to be confirmed by a reviewer: ").append(String.join(", ", read));
        }
        return text.append('.').toString();
    }

    private Set<String> named(String level) {
        String requirement = criterion.requirement(level);
        return requirement == null ? Set.of() : new LinkedHashSet<>(ConceptExpression.parse(requirement).conceptIds());
    }

    private Set<String> met(Set<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        ids.stream().filter(id -> conditions.containsKey(id) && switch (conditions.get(id).status()) {
            case MET, LIMITED -> true;
            case UNKNOWN -> criterion.condition(id).map(x -> x.isAssumed()).orElse(false);
            default -> false;
        }).forEach(out::add);
        return out.isEmpty() ? ids : out;
    }

    private String list(Set<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            ConditionResult c = conditions.get(id);
            if (c != null) {
                boolean assumed = criterion.condition(id).map(x -> x.isAssumed()).orElse(false);
                parts.add(c.status() == org.lexgap.assessment.entity.ConditionStatus.UNKNOWN && assumed
                        ? id + " (assumed: no provision shows it missing)" : describe(c));
            }
        }
        return String.join("; ", parts);
    }

    private static String describe(ConditionResult c) {
        return switch (c.status()) {
            case MET -> c.id() + " (met by " + String.join(", ", c.metBy()) + ")";
            case LIMITED -> c.id() + " (limited: met by " + String.join(", ", c.metBy()) + ", but "
                    + String.join("; ", c.lackedBy()) + ")";
            case MISSING -> c.id() + " (missing: " + String.join("; ", c.lackedBy()) + ")";
            case UNKNOWN -> c.id() + " (not shown)";
        };
    }
}
