package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A State's monitoring-body observations ({@code national-laws/<CC>/observations.yaml}). */
public record ObservationsFile(
        @JsonProperty(required = true) String country,
        @JsonProperty(required = true) List<Observation> observations) {
}
