package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One checklist criterion: what to check, how to score it, why it is required and how to find evidence. */
public record Criterion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String question,
        @JsonProperty(required = true) String guidance,
        @JsonProperty(required = true) Map<String, String> levels,
        @JsonProperty(required = true) Integer weight,
        @JsonProperty(required = true) Boolean core,
        Boolean goodPractice,
        @JsonProperty(required = true) List<LegalBasis> basis,
        @JsonProperty(required = true) String recommendedAction,
        String recommendationSource,
        List<Indicator> indicators,
        List<String> treaties) {
}
