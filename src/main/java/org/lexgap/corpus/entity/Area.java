package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A group of checklist criteria (criminalisation, jurisdiction, ...). */
public record Area(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) List<Criterion> criteria) {
}
