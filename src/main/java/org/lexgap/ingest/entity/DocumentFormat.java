package org.lexgap.ingest.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The file formats lexgap imports, recognised by their content (magic bytes), not their declared type. */
public enum DocumentFormat {
    @JsonProperty("pdf") PDF,
    @JsonProperty("html") HTML,
    @JsonProperty("text") TEXT,
    @JsonProperty("akoma-ntoso") AKOMA_NTOSO
}
