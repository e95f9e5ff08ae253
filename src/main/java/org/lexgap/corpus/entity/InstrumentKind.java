package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of instrument a text is; resolutions, guidance and declarations are soft law. */
@Schema(type = SchemaType.STRING, enumeration = {"treaty", "protocol", "eu-directive", "resolution", "guidance", "declaration"})
public enum InstrumentKind {
    @JsonProperty("treaty") TREATY,
    @JsonProperty("protocol") PROTOCOL,
    @JsonProperty("eu-directive") EU_DIRECTIVE,
    @JsonProperty("resolution") RESOLUTION,
    @JsonProperty("guidance") GUIDANCE,
    @JsonProperty("declaration") DECLARATION
}
