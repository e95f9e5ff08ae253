package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A State's profile: names, memberships, languages and treaty status ({@code country.yaml}). */
public record Country(
        @JsonProperty(required = true) String code,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String nativeName,
        @JsonProperty(required = true) OsceStatus osce,
        @JsonProperty(required = true) Boolean coe,
        @JsonProperty(required = true) Boolean eu,
        @JsonProperty(required = true) String membershipSource,
        @JsonProperty(required = true) Boolean membershipVerified,
        @JsonProperty(required = true) List<String> officialLanguages,
        @JsonProperty(required = true) String legalSystem,
        @JsonProperty(required = true) List<TreatyStatus> treaties) {
}
