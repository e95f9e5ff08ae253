package org.lexgap.review.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.lexgap.assessment.entity.Level;

/** One approved finding as published; {@code updated} decides whether a database finding is newer. */
public record PublishedFinding(
        @JsonProperty(required = true) String criterion,
        @JsonProperty(required = true) Level level,
        @JsonProperty(required = true) List<String> evidence,
        @JsonProperty(required = true) String rationale,
        List<String> sources,
        @JsonProperty(required = true) String author,
        @JsonProperty(required = true) String approver,
        @JsonProperty(required = true) Instant updated,
        Long version) {
}
