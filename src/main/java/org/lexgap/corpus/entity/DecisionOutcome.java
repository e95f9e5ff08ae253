package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a decision decided, in one word: criminal judgments convict, acquit or both ({@code mixed}); higher courts
 * uphold, annul or send back; the ECtHR finds a violation or none; a complaint may be dismissed or not admitted.
 */
@Schema(type = SchemaType.STRING, enumeration = {"convicted", "acquitted", "mixed", "upheld", "annulled", "retrial-ordered", "violation", "no-violation", "dismissed", "inadmissible", "other"})
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
