package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a text is an official (authentic) text or a translation. */
@Schema(type = SchemaType.STRING, enumeration = {"official", "translation"})
public enum TextStatus {
    @JsonProperty("official") OFFICIAL,
    @JsonProperty("translation") TRANSLATION
}
