package org.lexgap.assessment.entity;

import java.util.List;

/** A criterion below level 2 (or unknown), with what requires it and what to change. */
public record Gap(String criterion, String title, boolean core, Level level, List<String> requiredBy,
                  String recommendedAction) {
}
