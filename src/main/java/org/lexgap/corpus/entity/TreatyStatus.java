package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A State's position towards one treaty, with the source it was read in. */
public record TreatyStatus(
        @JsonProperty(required = true) String treaty,
        @JsonProperty(required = true) Participation status,
        LocalDate signature,
        LocalDate ratification,
        LocalDate entryIntoForce,
        List<Reservation> reservations,
        @JsonProperty(required = true) String source,
        LocalDate sourceDate,
        @JsonProperty(required = true) Boolean verified,
        String note) {
}
