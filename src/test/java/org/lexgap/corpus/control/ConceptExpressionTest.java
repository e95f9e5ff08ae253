package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.control.ConceptExpression.And;
import org.lexgap.corpus.control.ConceptExpression.Concept;
import org.lexgap.corpus.control.ConceptExpression.Not;
import org.lexgap.corpus.control.ConceptExpression.Or;
import org.lexgap.corpus.control.ConceptExpression.Truth;

/** The expressions of the checklist's detection rules and level requirements: parsing, precedence, logic. */
class ConceptExpressionTest {

    @Test
    void andBindsTighterThanOrAndNotTakesTheNextTerm() {
        assertEquals(new Or(List.of(new Concept("a"), new And(List.of(new Concept("b"), new Concept("c"))))),
                ConceptExpression.parse("a OR b AND c"));
        assertEquals(new And(List.of(new Not(new Concept("a")), new Concept("b"))),
                ConceptExpression.parse("NOT a AND b"));
        assertEquals(new And(List.of(new Concept("a"), new Or(List.of(new Concept("b"), new Concept("c"))))),
                ConceptExpression.parse(" a AND (b OR c) "));
        assertEquals(new Concept("extraterritorial-jurisdiction"),
                ConceptExpression.parse("extraterritorial-jurisdiction"));
    }

    @Test
    void testsAgainstTheIdsThatHold() {
        ConceptExpression rule = ConceptExpression.parse(
                "extraterritorial-jurisdiction AND (national OR habitual-resident) AND NOT tissue-cell");
        assertTrue(rule.test(Set.of("extraterritorial-jurisdiction", "national")::contains));
        assertTrue(rule.test(Set.of("extraterritorial-jurisdiction", "habitual-resident")::contains));
        assertFalse(rule.test(Set.of("extraterritorial-jurisdiction")::contains));
        assertFalse(rule.test(Set.of("extraterritorial-jurisdiction", "national", "tissue-cell")::contains));
        assertEquals(Set.of("extraterritorial-jurisdiction", "national", "habitual-resident", "tissue-cell"),
                rule.conceptIds());
    }

    @Test
    void evaluatesInThreeValuedLogic() {
        ConceptExpression both = ConceptExpression.parse("nationals AND habitual-residents");
        ConceptExpression either = ConceptExpression.parse("nationals OR habitual-residents");
        Map<String, Truth> partly = Map.of("nationals", Truth.TRUE, "habitual-residents", Truth.UNKNOWN);
        assertEquals(Truth.UNKNOWN, both.evaluate(partly::get));
        assertEquals(Truth.TRUE, either.evaluate(partly::get));

        Map<String, Truth> oneFalse = Map.of("nationals", Truth.FALSE, "habitual-residents", Truth.UNKNOWN);
        assertEquals(Truth.FALSE, both.evaluate(oneFalse::get));
        assertEquals(Truth.UNKNOWN, either.evaluate(oneFalse::get));
        assertEquals(Truth.UNKNOWN, ConceptExpression.parse("NOT habitual-residents").evaluate(oneFalse::get));
        assertEquals(Truth.TRUE, ConceptExpression.parse("NOT nationals").evaluate(oneFalse::get));
    }

    @Test
    void refusesMalformedExpressionsWithWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConceptExpression.parse("a AND (b OR c"))
                .getMessage().contains("missing ')'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConceptExpression.parse("a AND"))
                .getMessage().contains("missing at the end"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConceptExpression.parse("a b"))
                .getMessage().contains("unexpected 'b'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConceptExpression.parse("a OR OR b"))
                .getMessage().contains("unexpected 'OR'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConceptExpression.parse("a & b"))
                .getMessage().contains("unexpected '& b'"));
    }
}
