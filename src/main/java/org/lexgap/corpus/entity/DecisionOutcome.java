package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a decision decided, in one word: criminal judgments convict, acquit or both ({@code mixed}); higher courts
 * uphold, annul or send back; the ECtHR finds a violation or none; a complaint may be dismissed or not admitted.
 */
public enum DecisionOutcome {
    @JsonProperty("convicted") CONVICTED,
    @JsonProperty("acquitted") ACQUITTED,
    @JsonProperty("mixed") MIXED,
    @JsonProperty("upheld") UPHELD,
    @JsonProperty("annulled") ANNULLED,
    @JsonProperty("retrial-ordered") RETRIAL_ORDERED,
    @JsonProperty("violation") VIOLATION,
    @JsonProperty("no-violation") NO_VIOLATION,
    @JsonProperty("dismissed") DISMISSED,
    @JsonProperty("inadmissible") INADMISSIBLE,
    @JsonProperty("other") OTHER
}
