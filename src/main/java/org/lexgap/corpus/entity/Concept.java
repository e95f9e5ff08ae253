package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A legal concept of the thesaurus, with its search terms per language code. */
public record Concept(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String label,
        String broader,
        @JsonProperty(required = true) Map<String, List<String>> terms) {
}
