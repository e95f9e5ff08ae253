package org.lexgap.assessment.entity;

/**
 * How many States have a level for one criterion: the known ones (0, 1 or 2, from cited evidence or a reviewer)
 * and the unknown ones.
 */
public record CriterionCoverage(String criterion, String title, boolean core, int fully, int partly, int notMet,
                                int unknown, int notApplicable) {

    /** States with a level of 0, 1 or 2. */
    public int known() {
        return fully + partly + notMet;
    }
}
