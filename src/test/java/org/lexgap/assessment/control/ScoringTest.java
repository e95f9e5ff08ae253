package org.lexgap.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.assessment.entity.AreaScore;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;

/** The score formula on hand-counted examples: weights, left-out levels and rounding to one decimal. */
class ScoringTest {

    @Test
    void weightsTheLevelsOfTheScoredCriteriaOnly() {
        // 3×2 + 2×1 + 1×0 = 8 points of 3×2 + 2×2 + 1×2 = 12: 66.666… → 66.7; unknown and n/a are left out
        List<CriterionResult> criteria = List.of(result(3, Level.FULLY), result(2, Level.PARTLY),
                result(1, Level.NOT_MET), result(5, Level.UNKNOWN), result(4, Level.NOT_APPLICABLE));
        assertEquals(66.7, Scoring.score(criteria));
        assertEquals(new AreaScore("JUR", "Jurisdiction", 66.7, 5, 3), Scoring.area("JUR", "Jurisdiction", criteria));
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        // 1 point of 6 = 16.666… → 16.7; 1 of 8 = 12.5 exactly; 7 of 16 = 43.75 → 43.8
        assertEquals(16.7, Scoring.score(List.of(result(1, Level.PARTLY), result(2, Level.NOT_MET))));
        assertEquals(12.5, Scoring.score(List.of(result(1, Level.PARTLY), result(3, Level.NOT_MET))));
        assertEquals(43.8, Scoring.score(List.of(result(3, Level.FULLY), result(1, Level.PARTLY),
                result(4, Level.NOT_MET))));
    }

    @Test
    void noScoredCriterionMeansNoScore() {
        assertNull(Scoring.score(List.of(result(3, Level.UNKNOWN))));
        assertNull(Scoring.score(List.of()));
        assertEquals(new AreaScore("VICT", "Victims", null, 1, 0),
                Scoring.area("VICT", "Victims", List.of(result(2, Level.UNKNOWN))));
    }

    private static CriterionResult result(int weight, Level level) {
        return new CriterionResult("C-" + weight + "-" + level.code(), "t", "JUR", false, weight, level,
                Status.AUTO, "r", level, List.of(), List.of(), "a", false, false, null);
    }
}
