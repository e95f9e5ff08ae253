package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What sort of instrument a text is; resolutions, guidance and declarations are soft law. */
public enum InstrumentKind {
    @JsonProperty("treaty") TREATY,
    @JsonProperty("protocol") PROTOCOL,
    @JsonProperty("eu-directive") EU_DIRECTIVE,
    @JsonProperty("resolution") RESOLUTION,
    @JsonProperty("guidance") GUIDANCE,
    @JsonProperty("declaration") DECLARATION
}
