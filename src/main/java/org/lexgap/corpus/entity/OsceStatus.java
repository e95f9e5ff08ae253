package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A State's relation to the OSCE. */
public enum OsceStatus {
    @JsonProperty("participating-state") PARTICIPATING_STATE,
    @JsonProperty("partner") PARTNER,
    @JsonProperty("none") NONE
}
