package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a State stands towards a treaty; {@code UNKNOWN} when no source settles it. */
public enum Participation {
    @JsonProperty("party") PARTY,
    @JsonProperty("signatory") SIGNATORY,
    @JsonProperty("not-party") NOT_PARTY,
    @JsonProperty("unknown") UNKNOWN
}
