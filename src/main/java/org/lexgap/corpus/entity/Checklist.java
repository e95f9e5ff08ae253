package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A versioned checklist ({@code checklists/<id>.yaml}). */
public record Checklist(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String version,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) LocalDate date,
        String source,
        @JsonProperty(required = true) List<Area> areas) {

    public Stream<Criterion> criteria() {
        return areas.stream().flatMap(area -> area.criteria().stream());
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria().filter(c -> c.id().equals(criterionId)).findFirst();
    }
}
