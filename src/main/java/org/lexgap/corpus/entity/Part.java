package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A chapter or section of an instrument, with the range of articles it holds. */
public record Part(
        @JsonProperty(required = true) String number,
        @JsonProperty(required = true) String title,
        Boolean verified,
        String articles) {
}
