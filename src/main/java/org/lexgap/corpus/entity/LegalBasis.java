package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An international provision that requires (or recommends) what a criterion checks. */
public record LegalBasis(
        @JsonProperty(required = true) String provision,
        String paragraph,
        @JsonProperty(required = true) Boolean verified,
        String note) {
}
