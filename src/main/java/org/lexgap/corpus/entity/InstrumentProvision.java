package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An article, principle or operative paragraph of an international instrument, as written in its file. */
public record InstrumentProvision(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String number,
        @JsonProperty(required = true) String heading,
        Boolean headingOfficial,
        String part,
        @JsonProperty(required = true) String summary,
        @JsonProperty(required = true) List<String> topics,
        List<String> criteria,
        List<String> related,
        @JsonProperty(required = true) Boolean verified,
        String verification,
        String source,
        String officialText) {
}
