package org.lexgap.assessment.control;

import java.util.List;
import org.lexgap.assessment.entity.AreaScore;
import org.lexgap.assessment.entity.CriterionResult;

/** The weighted score of a set of criteria, over those with a scored level. */
public final class Scoring {

    /** The formula, stated in every assessment and in the README. */
    public static final String FORMULA = "score = 100 × Σ(weight × level) / Σ(weight × 2), summed over the criteria "
            + "whose level is 0, 1 or 2; criteria that are unknown or not applicable are left out of both sums "
            + "(see coverage for how many); null when no criterion is scored";

    private Scoring() {
    }

    public static Double score(List<CriterionResult> criteria) {
        int points = 0;
        int max = 0;
        for (CriterionResult c : criteria) {
            if (c.level().scored()) {
                points += c.weight() * c.level().points().getAsInt();
                max += c.weight() * 2;
            }
        }
        return max == 0 ? null : Math.round(1000.0 * points / max) / 10.0;
    }

    static AreaScore area(String id, String title, List<CriterionResult> criteria) {
        int scored = (int) criteria.stream().filter(c -> c.level().scored()).count();
        return new AreaScore(id, title, score(criteria), criteria.size(), scored);
    }
}
