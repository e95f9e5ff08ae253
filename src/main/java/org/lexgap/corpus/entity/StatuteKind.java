package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a national statute mainly regulates. */
@Schema(type = SchemaType.STRING, enumeration = {"criminal-code", "criminal-procedure", "transplant-law", "anti-trafficking-law", "victim-law", "other"})
public enum StatuteKind {
    @JsonProperty("criminal-code") CRIMINAL_CODE,
    @JsonProperty("criminal-procedure") CRIMINAL_PROCEDURE,
    @JsonProperty("transplant-law") TRANSPLANT_LAW,
    @JsonProperty("anti-trafficking-law") ANTI_TRAFFICKING_LAW,
    @JsonProperty("victim-law") VICTIM_LAW,
    @JsonProperty("other") OTHER
}
