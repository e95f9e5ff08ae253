package org.lexgap.assessment.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.entity.Provision;

/** Evaluates an indicator's concept expression against one provision, collecting what matched. */
public final class IndicatorMatcher {

    private final ConceptMatcher concepts;

    public IndicatorMatcher(ConceptMatcher concepts) {
        this.concepts = concepts;
    }

    /** The matched concepts and their passages, in expression order; empty when the provision does not match. */
    public Optional<Map<String, String>> match(ConceptExpression expression, Provision provision) {
        Map<String, String> matched = new LinkedHashMap<>();
        return evaluate(expression, provision, matched) ? Optional.of(matched) : Optional.empty();
    }

    private boolean evaluate(ConceptExpression e, Provision p, Map<String, String> matched) {
        if (e instanceof ConceptExpression.Concept c) {
            Optional<String> passage = concepts.match(c.id(), p);
            passage.ifPresent(text -> matched.put(c.id(), text));
            return passage.isPresent();
        }
        if (e instanceof ConceptExpression.And and) {
            for (ConceptExpression operand : and.operands()) {
                if (!evaluate(operand, p, matched)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof ConceptExpression.Or or) {
            boolean any = false;
            for (ConceptExpression operand : or.operands()) {
                any |= evaluate(operand, p, matched);
            }
            return any;
        }
        ConceptExpression.Not not = (ConceptExpression.Not) e;
        return !evaluate(not.operand(), p, new LinkedHashMap<>());
    }

    /** The passage to show for a match: the one of the concept most specific to the criterion, i.e. the first. */
    static String passageOf(Map<String, String> matched) {
        List<String> passages = new ArrayList<>(matched.values());
        return passages.isEmpty() ? "" : passages.get(0);
    }
}
