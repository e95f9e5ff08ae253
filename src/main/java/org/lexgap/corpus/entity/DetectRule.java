package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a text shows a condition: {@code near}, a boolean expression over concept ids that must hold within one
 * paragraph of the text (its heading counts with every paragraph); optionally {@code with}, an expression that
 * must hold over the whole provision; and optionally {@code lead}, one that must hold over its heading and first
 * paragraph, where a general rule (on complicity, attempt, a professional ban) names its subject.
 */
public record DetectRule(
        @JsonProperty(required = true) String near,
        String with,
        String lead) {
}
