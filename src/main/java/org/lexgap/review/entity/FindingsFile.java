package org.lexgap.review.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** national-laws/&lt;CC&gt;/findings.yaml: the approved findings of one country under one checklist version. */
public record FindingsFile(
        @JsonProperty(required = true) String country,
        @JsonProperty(required = true) String checklist,
        @JsonProperty(required = true) String checklistVersion,
        @JsonProperty(required = true) Instant exported,
        @JsonProperty(required = true) List<PublishedFinding> findings) {
}
