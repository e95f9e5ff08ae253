package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a text is an official (authentic) text or a translation. */
public enum TextStatus {
    @JsonProperty("official") OFFICIAL,
    @JsonProperty("translation") TRANSLATION
}
