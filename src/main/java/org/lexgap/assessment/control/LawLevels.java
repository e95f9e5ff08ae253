package org.lexgap.assessment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Indicator;
import org.lexgap.corpus.entity.Provision;

/**
 * Scores a criterion from a country's provisions: each indicator that matches a provision suggests its
 * level; a provision the corpus links to the criterion without any indicator matching suggests 1; a
 * provision the corpus records as showing the criterion not met suggests 0.
 * The best suggestion wins; nothing found is {@code unknown}, never 0.
 */
final class LawLevels {

    private final IndicatorMatcher matcher;

    LawLevels(IndicatorMatcher matcher) {
        this.matcher = matcher;
    }

    Proposal assess(Criterion criterion, List<Provision> provisions) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        List<Indicator> indicators = new ArrayList<>(criterion.indicators() == null ? List.of() : criterion.indicators());
        indicators.sort(Comparator.comparing(Indicator::level).reversed());
        for (Indicator indicator : indicators) {
            ConceptExpression expression = ConceptExpression.parse(indicator.query());
            for (Provision p : provisions) {
                if (evidence.containsKey(p.id())) {
                    continue;
                }
                Optional<Map<String, String>> match = matcher.match(expression, p);
                match.ifPresent(m -> evidence.put(p.id(), new Evidence(p.id(), p.citation(),
                        IndicatorMatcher.passageOf(m), List.copyOf(m.keySet()), indicator.level(), p.verified(),
                        p.source())));
            }
        }
        for (Provision p : provisions) {
            if (!evidence.containsKey(p.id()) && p.criteria().contains(criterion.id())) {
                evidence.put(p.id(), new Evidence(p.id(), p.citation(), Passages.firstSentence(p.summary()),
                        List.of(), 1, p.verified(), p.source()));
            }
        }
        for (Provision p : provisions) {
            if (!evidence.containsKey(p.id()) && p.notMet().contains(criterion.id())) {
                evidence.put(p.id(), new Evidence(p.id(), p.citation(), Passages.firstSentence(p.summary()),
                        List.of(), 0, p.verified(), p.source()));
            }
        }
        if (evidence.isEmpty()) {
            return new Proposal(Level.UNKNOWN, "no provision in the corpus for this country matches the criterion's "
                    + "indicators; not reviewed", List.of());
        }
        List<Evidence> sorted = evidence.values().stream()
                .sorted(Comparator.comparingInt(Evidence::suggests).reversed()).toList();
        Evidence best = sorted.get(0);
        Level level = Level.ofPoints(best.suggests());
        String why = level == Level.NOT_MET
                ? best.citation() + " shows the criterion is not met, and no provision meets it"
                : best.concepts().isEmpty()
                ? best.citation() + " is linked to this criterion in the corpus, but no indicator matched it"
                : best.citation() + " matches " + String.join(" + ", best.concepts())
                        + (level == Level.FULLY ? " (express provision)" : " (general provision only)");
        return new Proposal(level, why, sorted);
    }
}
