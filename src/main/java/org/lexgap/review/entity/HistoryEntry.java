package org.lexgap.review.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change of a finding, as recorded (append-only).
 *
 * @param action "create", "update" or "approve"
 * @param before the finding before the change (null on creation)
 * @param after the finding after the change
 */
public record HistoryEntry(long version, String action, String changedBy, Instant changedAt, JsonNode before,
                           JsonNode after) {
}
