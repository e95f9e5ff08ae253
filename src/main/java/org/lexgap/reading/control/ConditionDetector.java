package org.lexgap.reading.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.entity.Condition;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.DetectRule;
import org.lexgap.reading.entity.Detection;
import org.lexgap.reading.entity.Paragraph;
import org.lexgap.reading.entity.Reading;

/**
 * Tells which conditions of a criterion a read text shows, never more than its words carry: a condition is met
 * when one of its {@code detect} rules holds in one paragraph (and its {@code with} part over the whole text), and
 * shown missing when one of its {@code absent} rules does and no detect rule holds in the same paragraph. The
 * passage is the sentence of that paragraph where the rule's first concept stands.
 */
public final class ConditionDetector {

    private final Map<String, ConceptExpression> parsed = new ConcurrentHashMap<>();

    public List<Detection> detect(Criterion criterion, Reading reading) {
        List<Detection> out = new ArrayList<>();
        for (Condition condition : criterion.conditionList()) {
            Optional<Integer> met = firstParagraph(condition.detectRules(), reading);
            if (met.isPresent()) {
                out.add(new Detection(condition.id(), true, passage(reading, met.get(), condition.detectRules())));
                continue;
            }
            firstParagraph(condition.absentRules(), reading).ifPresent(p ->
                    out.add(new Detection(condition.id(), false, passage(reading, p, condition.absentRules()))));
        }
        return out;
    }

    /** The first paragraph where one of the rules holds. */
    private Optional<Integer> firstParagraph(List<DetectRule> rules, Reading reading) {
        if (rules.isEmpty() || reading.paragraphs().isEmpty()) {
            return Optional.empty();
        }
        Set<String> whole = reading.concepts();
        for (DetectRule rule : rules) {
            if (rule.with() != null && !expression(rule.with()).test(whole::contains)
                    || rule.lead() != null && !expression(rule.lead()).test(reading.lead()::contains)) {
                continue;
            }
            ConceptExpression near = expression(rule.near());
            for (Paragraph p : reading.paragraphs()) {
                Set<String> here = reading.conceptsOf(p.index());
                if (near.test(here::contains)) {
                    return Optional.of(p.index());
                }
            }
        }
        return Optional.empty();
    }

    private ConceptExpression expression(String text) {
        return parsed.computeIfAbsent(text, ConceptExpression::parse);
    }

    /** The sentence of the paragraph around the earliest concept of the rules that stands in it. */
    private String passage(Reading reading, int paragraph, List<DetectRule> rules) {
        String text = reading.paragraphs().get(paragraph).text();
        int at = Integer.MAX_VALUE;
        for (DetectRule rule : rules) {
            for (String concept : expression(rule.near()).conceptIds()) {
                int offset = reading.offsetIn(paragraph, concept);
                if (offset >= 0) {
                    at = Math.min(at, offset);
                }
            }
        }
        return Sentences.around(text, at == Integer.MAX_VALUE ? 0 : at);
    }
}
