package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which level of court gave a decision. */
public enum DecisionInstance {
    @JsonProperty("first-instance") FIRST_INSTANCE,
    @JsonProperty("appeal") APPEAL,
    @JsonProperty("cassation") CASSATION,
    @JsonProperty("constitutional") CONSTITUTIONAL,
    @JsonProperty("international") INTERNATIONAL
}
