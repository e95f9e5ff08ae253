package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A State's relation to the OSCE. */
@Schema(type = SchemaType.STRING, enumeration = {"participating-state", "partner", "none"})
public enum OsceStatus {
    @JsonProperty("participating-state") PARTICIPATING_STATE,
    @JsonProperty("partner") PARTNER,
    @JsonProperty("none") NONE
}
