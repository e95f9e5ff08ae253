package org.lexgap.review.entity;

import java.util.List;

/**
 * What a reviewer sends with PUT: a level of the checklist's scale ("2", "1", "0" or "not-applicable"), evidence
 * (provision ids), a rationale, sources, and optionally status "draft" (default) or "reviewed".
 */
public record FindingInput(String level, List<String> evidence, String rationale, List<String> sources,
                           String status) {
}
