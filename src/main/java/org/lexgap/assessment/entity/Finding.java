package org.lexgap.assessment.entity;

import java.time.Instant;
import java.util.List;

/** A reviewer's finding on one criterion of one country; it wins over the engine's proposal. */
public record Finding(String country, String criterion, Level level, Status status, List<String> evidence,
                      String rationale, List<String> sources, String author, String approver,
                      String checklistVersion, Instant updated) {
}
