package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a national statute mainly regulates. */
public enum StatuteKind {
    @JsonProperty("criminal-code") CRIMINAL_CODE,
    @JsonProperty("criminal-procedure") CRIMINAL_PROCEDURE,
    @JsonProperty("transplant-law") TRANSPLANT_LAW,
    @JsonProperty("anti-trafficking-law") ANTI_TRAFFICKING_LAW,
    @JsonProperty("victim-law") VICTIM_LAW,
    @JsonProperty("other") OTHER
}
