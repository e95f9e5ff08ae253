package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A boolean query over concept ids whose match in a country's law suggests a level. */
public record Indicator(
        @JsonProperty(required = true) String query,
        @JsonProperty(required = true) Integer level) {
}
