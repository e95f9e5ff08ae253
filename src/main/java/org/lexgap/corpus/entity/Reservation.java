package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A reservation or declaration a State made to a treaty, and the checklist criteria it narrows. */
public record Reservation(
        @JsonProperty(required = true) String article,
        @JsonProperty(required = true) String summary,
        List<String> narrows) {
}
