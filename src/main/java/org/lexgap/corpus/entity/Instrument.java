package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** An international instrument (treaty, protocol, directive, resolution, guidance or declaration). */
public record Instrument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String shortTitle,
        @JsonProperty(required = true) InstrumentKind kind,
        @JsonProperty(required = true) Boolean binding,
        String supplements,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) List<String> languages,
        @JsonProperty(required = true) TextStatus textStatus,
        @JsonProperty(required = true) LocalDate validFrom,
        String amendmentNote,
        @JsonProperty(required = true) List<DateEvent> dates,
        List<Part> parts,
        @JsonProperty(required = true) List<InstrumentProvision> provisions) {
}
