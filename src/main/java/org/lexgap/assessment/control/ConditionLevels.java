package org.lexgap.assessment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lexgap.assessment.control.ShownConditions.Shown;
import org.lexgap.assessment.entity.ConditionResult;
import org.lexgap.assessment.entity.ConditionStatus;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.control.ConceptExpression.Truth;
import org.lexgap.corpus.entity.Condition;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Provision;

/**
 * Scores a criterion from what the State's provisions in force show of its conditions. A condition is met when a
 * provision meets it and none shows it missing, limited when both, missing when only shown missing, unknown
 * otherwise. Level 2 holds when its requirement holds with met conditions only; level 1 when its requirement
 * holds with met or limited ones; 0 when the evidence shows level 1's requirement cannot hold (a documented
 * absence); anything else is {@code unknown}, never 0.
 */
final class ConditionLevels {

    private final ShownConditions shown;

    ConditionLevels(ShownConditions shown) {
        this.shown = shown;
    }

    Proposal assess(Criterion criterion, List<Provision> provisions) {
        List<Shown> all = new ArrayList<>();
        for (Provision p : provisions) {
            shown.of(criterion, p).ifPresent(all::add);
        }
        Map<String, ConditionResult> conditions = conditions(criterion, all);
        Truth two = truth(criterion.requirement("2"), id -> assumed(criterion, id, levelTwo(conditions.get(id))));
        Truth one = truth(criterion.requirement("1"), id -> assumed(criterion, id, levelOne(conditions.get(id))));
        Level level = two == Truth.TRUE ? Level.FULLY : one == Truth.TRUE ? Level.PARTLY
                : one == Truth.FALSE ? Level.NOT_MET : Level.UNKNOWN;
        List<Evidence> evidence = all.stream().map(s -> evidence(criterion, s))
                .sorted(Comparator.comparingInt(Evidence::suggests).reversed()
                        .thenComparing(e -> !Evidence.RECORDED.equals(e.basis())))
                .toList();
        String reason = new LevelReasons(criterion, conditions).explain(level, evidence);
        return new Proposal(level, reason, evidence, List.copyOf(conditions.values()));
    }

    private static Map<String, ConditionResult> conditions(Criterion criterion, List<Shown> all) {
        Map<String, ConditionResult> out = new LinkedHashMap<>();
        for (Condition condition : criterion.conditionList()) {
            List<String> metBy = new ArrayList<>();
            List<String> lackedBy = new ArrayList<>();
            boolean unverified = false;
            for (Shown s : all) {
                Provision p = s.provision();
                if (s.meets().containsKey(condition.id())) {
                    metBy.add(p.citation());
                    unverified |= !p.verified();
                }
                if (s.lacks().containsKey(condition.id())) {
                    lackedBy.add(p.citation() + ": " + s.lacks().get(condition.id()));
                    unverified |= !p.verified();
                }
            }
            ConditionStatus status = !metBy.isEmpty() ? (lackedBy.isEmpty() ? ConditionStatus.MET : ConditionStatus.LIMITED)
                    : !lackedBy.isEmpty() ? ConditionStatus.MISSING : ConditionStatus.UNKNOWN;
            out.put(condition.id(), new ConditionResult(condition.id(), condition.text(), status,
                    levelsNaming(criterion, condition.id()), metBy, lackedBy, unverified));
        }
        return out;
    }

    private static List<String> levelsNaming(Criterion criterion, String conditionId) {
        List<String> levels = new ArrayList<>();
        for (String level : List.of("2", "1")) {
            String requirement = criterion.requirement(level);
            if (requirement != null && ConceptExpression.parse(requirement).conceptIds().contains(conditionId)) {
                levels.add(level);
            }
        }
        return levels;
    }

    /** What a provision would give on its own: 2, 1, 0, or -1 when it only contributes. */
    private static Evidence evidence(Criterion criterion, Shown s) {
        Function<String, Truth> own = id -> s.meets().containsKey(id) ? Truth.TRUE
                : s.lacks().containsKey(id) ? Truth.FALSE : assumed(criterion, id, Truth.UNKNOWN);
        Truth two = truth(criterion.requirement("2"), own);
        Truth one = truth(criterion.requirement("1"), own);
        int suggests = two == Truth.TRUE ? 2 : one == Truth.TRUE ? 1 : one == Truth.FALSE ? 0 : -1;
        Provision p = s.provision();
        String passage = !s.meets().isEmpty() ? s.meets().values().iterator().next()
                : !s.lacks().isEmpty() ? s.lacks().values().iterator().next()
                : Passages.firstSentence(p.summary() == null || p.summary().isBlank() ? "" : p.summary());
        return new Evidence(p.id(), p.citation(), passage, List.copyOf(s.meets().keySet()), suggests, p.verified(),
                p.source(), s.lacks(), s.basis());
    }

    /** An assumed condition that no evidence decides holds. */
    private static Truth assumed(Criterion criterion, String id, Truth value) {
        return value == Truth.UNKNOWN && criterion.condition(id).map(Condition::isAssumed).orElse(false)
                ? Truth.TRUE : value;
    }

    static Truth truth(String requirement, Function<String, Truth> value) {
        return requirement == null ? Truth.UNKNOWN : ConceptExpression.parse(requirement).evaluate(value);
    }

    private static Truth levelTwo(ConditionResult c) {
        return c == null || c.status() == ConditionStatus.UNKNOWN ? Truth.UNKNOWN
                : c.status() == ConditionStatus.MET ? Truth.TRUE : Truth.FALSE;
    }

    private static Truth levelOne(ConditionResult c) {
        return c == null || c.status() == ConditionStatus.UNKNOWN ? Truth.UNKNOWN
                : c.status() == ConditionStatus.MISSING ? Truth.FALSE : Truth.TRUE;
    }
}
