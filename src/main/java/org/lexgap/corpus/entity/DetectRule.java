package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a text shows a condition: {@code near}, a boolean expression over concept ids that must hold within one
 * paragraph of the text (its heading counts with every paragraph), and optionally {@code with}, an expression
 * that must hold over the whole provision.
 */
public record DetectRule(
        @JsonProperty(required = true) String near,
        String with) {
}
