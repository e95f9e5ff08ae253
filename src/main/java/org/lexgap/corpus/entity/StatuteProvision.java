package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A provision of a national statute, as written in its file.
 *
 * @param conditions per criterion id, the conditions of its levels this provision meets or shows missing
 */
public record StatuteProvision(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String number,
        String heading,
        @JsonProperty(required = true) String headingEn,
        @JsonProperty(required = true) String summary,
        @JsonProperty(required = true) List<String> topics,
        List<String> criteria,
        List<String> notMet,
        @JsonProperty("implements") List<String> implementations,
        List<String> related,
        @JsonProperty(required = true) Boolean verified,
        @JsonProperty(required = true) String source,
        String officialText,
        Map<String, ConditionReading> conditions) {
}
