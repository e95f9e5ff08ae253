package org.lexgap.assessment.entity;

import java.util.List;

/**
 * One condition of a criterion's levels for one State: met, limited (met by some provisions, shown missing by
 * others), missing or unknown, with the provisions that show it.
 *
 * @param levels the levels whose requirement names it ("2", "1")
 * @param metBy citations of the provisions that meet it
 * @param lackedBy citation and reason for each provision that shows it missing or limited
 * @param unverified true when any provision behind it is not verified
 */
public record ConditionResult(String id, String text, ConditionStatus status, List<String> levels, List<String> metBy,
                              List<String> lackedBy, boolean unverified) {
}
