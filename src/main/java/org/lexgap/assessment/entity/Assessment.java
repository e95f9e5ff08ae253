package org.lexgap.assessment.entity;

import java.util.List;

/** A country assessed against one checklist version. */
public record Assessment(String country, String countryName, ChecklistRef checklist, Double score,
                         String formula, List<AreaScore> areas, List<CriterionResult> criteria, List<Gap> gaps,
                         Coverage coverage) {

    /** Which checklist, and which version of it, the assessment was made under. */
    public record ChecklistRef(String id, String version) {
    }
}
