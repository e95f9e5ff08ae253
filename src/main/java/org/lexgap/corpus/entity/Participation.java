package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a State stands towards a treaty; {@code UNKNOWN} when no source settles it. */
@Schema(type = SchemaType.STRING, enumeration = {"party", "signatory", "not-party", "unknown"})
public enum Participation {
    @JsonProperty("party") PARTY,
    @JsonProperty("signatory") SIGNATORY,
    @JsonProperty("not-party") NOT_PARTY,
    @JsonProperty("unknown") UNKNOWN
}
