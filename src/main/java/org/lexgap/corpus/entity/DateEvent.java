package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A dated event in an instrument's life (adoption, opening for signature, entry into force...). */
public record DateEvent(
        @JsonProperty(required = true) String event,
        @JsonProperty(required = true) LocalDate date,
        @JsonProperty(required = true) Boolean verified,
        String source) {
}
