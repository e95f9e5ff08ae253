package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A change to a statute after the text first applied: the amending act, from when it applies (when seen), and
 * what it changed for THB/OR, in our own words.
 */
public record Amendment(
        @JsonProperty(required = true) String citation,
        LocalDate inForce,
        @JsonProperty(required = true) String summary,
        @JsonProperty(required = true) Boolean verified,
        @JsonProperty(required = true) String source) {
}
