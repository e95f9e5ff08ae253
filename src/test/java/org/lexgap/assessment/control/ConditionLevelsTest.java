package org.lexgap.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexgap.assessment.entity.ConditionStatus;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.ConditionReading;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.TextStatus;
import org.lexgap.reading.control.ConceptReader;
import org.lexgap.reading.control.LanguageAnalyzers;

/**
 * Every condition of every criterion of the shipped checklist, and its negation: recorded evidence that meets all
 * of level 2 gives 2; the same with one of level 2's conditions shown missing gives 1 and the reason names it;
 * evidence showing level 1's requirement missing gives 0; a condition met by one provision and missing in another
 * never gives 2.
 */
class ConditionLevelsTest {

    static Corpus corpus;
    static ConditionLevels levels;

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.load(CorpusFixtures.SHIPPED);
        levels = new ConditionLevels(new ShownConditions(new ConceptReader(corpus.thesaurus(), corpus.vocabularies(),
                new LanguageAnalyzers())));
    }

    static Stream<Criterion> criteria() {
        return corpus.checklist("thbor").orElseThrow().criteria().filter(c -> !c.conditionList().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("criteria")
    void everyConditionOfLevelTwoIsNeededAndItsAbsenceIsNamed(Criterion c) {
        List<String> all = c.conditionList().stream().map(x -> x.id()).toList();
        assertEquals(Level.FULLY, levels.assess(c, List.of(provision("a", c, all, Map.of()))).level(), c.id());
        for (String id : ids(c, "2")) {
            List<String> others = all.stream().filter(x -> !x.equals(id)).toList();
            Proposal p = levels.assess(c, List.of(provision("a", c, others, Map.of(id, "not in the law"))));
            assertTrue(p.level() != Level.FULLY, c.id() + " without " + id + ": " + p.reason());
            assertTrue(p.reason().contains(id + " (missing: X a: not in the law)"), p.reason());
        }
    }

    @ParameterizedTest
    @MethodSource("criteria")
    void levelOneShownMissingGivesZeroAndEvidenceOfLevelOneGivesOne(Criterion c) {
        Map<String, String> lacks = new LinkedHashMap<>();
        ids(c, "1").forEach(id -> lacks.put(id, "absent"));
        Proposal absent = levels.assess(c, List.of(provision("a", c, List.of(), lacks)));
        assertEquals(Level.NOT_MET, absent.level(), c.id() + ": " + absent.reason());
        assertTrue(absent.reason().startsWith("Level 0: "), absent.reason());
        for (String id : ids(c, "1")) {
            Proposal one = levels.assess(c, List.of(provision("b", c, List.of(id), Map.of())));
            boolean holds = ConceptExpression.parse(c.requirement("1")).test(x -> x.equals(id)
                    || c.condition(x).map(k -> k.isAssumed()).orElse(false));
            if (holds) {
                assertTrue(one.level() == Level.PARTLY || one.level() == Level.FULLY, c.id() + " with " + id);
            } else {
                assertFalse(one.level() == Level.NOT_MET, c.id() + " with " + id + " alone is never a 0");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("criteria")
    void aConditionMetByOneProvisionAndMissingInAnotherIsLimitedAndNeverGivesTwo(Criterion c) {
        List<String> all = c.conditionList().stream().map(x -> x.id()).toList();
        String first = ids(c, "2").get(0);
        Proposal p = levels.assess(c, List.of(provision("a", c, all, Map.of()),
                provision("b", c, List.of(), Map.of(first, "only for some offences"))));
        assertEquals(ConditionStatus.LIMITED, p.conditions().stream().filter(k -> k.id().equals(first)).findFirst()
                .orElseThrow().status());
        assertTrue(p.level() == Level.PARTLY || p.level() == Level.NOT_MET || p.level() == Level.UNKNOWN,
                c.id() + ": " + p.reason());
    }

    @ParameterizedTest
    @MethodSource("criteria")
    void aConditionOneProvisionMeetsOnlyInPartIsLimitedWithItsReasonAndNeverGivesTwo(Criterion c) {
        String first = ids(c, "2").get(0);
        List<String> others = c.conditionList().stream().map(x -> x.id()).filter(x -> !x.equals(first)).toList();
        Provision partial = new Provision("xx-law/a", "xx-law", "Law", "XX", "a", "Heading", null, "X a",
                "Our summary.", List.of(), List.of(c.id()), List.of(), List.of(), true, "https://example.org", null,
                "en", TextStatus.OFFICIAL, null, null, true,
                Map.of(c.id(), new ConditionReading(others, Map.of(), Map.of(first, "only permanent residents"))));

        Proposal p = levels.assess(c, List.of(partial));

        assertEquals(ConditionStatus.LIMITED, p.conditions().stream().filter(k -> k.id().equals(first)).findFirst()
                .orElseThrow().status(), c.id() + ": " + p.reason());
        assertTrue(p.level() != Level.FULLY, c.id() + ": " + p.reason());
        assertTrue(p.reason().contains("only permanent residents"), p.reason());
    }

    private static List<String> ids(Criterion c, String level) {
        return new ArrayList<>(ConceptExpression.parse(c.requirement(level)).conceptIds());
    }

    private static Provision provision(String local, Criterion c, List<String> meets, Map<String, String> lacks) {
        return new Provision("xx-law/" + local, "xx-law", "Law", "XX", local, "Heading", null, "X " + local,
                "Our summary.", List.of(), List.of(c.id()), List.of(), List.of(), true, "https://example.org", null,
                "en", TextStatus.OFFICIAL, null, null, true, Map.of(c.id(), new ConditionReading(meets, lacks)));
    }
}
