package org.lexgap.assessment.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.CriterionCoverage;
import org.lexgap.assessment.entity.CriterionResult;

/** Per criterion, across the States assessed, how many have each level: where the corpus is thin. */
public final class CoverageByCriterion {

    private CoverageByCriterion() {
    }

    public static List<CriterionCoverage> of(List<Assessment> assessments) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, CriterionResult> first = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            for (CriterionResult r : a.criteria()) {
                first.putIfAbsent(r.id(), r);
                int[] c = counts.computeIfAbsent(r.id(), k -> new int[5]);
                c[switch (r.level()) {
                    case FULLY -> 0;
                    case PARTLY -> 1;
                    case NOT_MET -> 2;
                    case UNKNOWN -> 3;
                    case NOT_APPLICABLE -> 4;
                }]++;
            }
        }
        List<CriterionCoverage> out = new ArrayList<>();
        first.forEach((id, r) -> {
            int[] c = counts.get(id);
            out.add(new CriterionCoverage(id, r.title(), r.core(), c[0], c[1], c[2], c[3], c[4]));
        });
        return out;
    }
}
