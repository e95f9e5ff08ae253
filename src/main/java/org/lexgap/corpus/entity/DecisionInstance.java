package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which level of court gave a decision. */
@Schema(type = SchemaType.STRING, enumeration = {"first-instance", "appeal", "cassation", "constitutional", "international"})
public enum DecisionInstance {
    @JsonProperty("first-instance") FIRST_INSTANCE,
    @JsonProperty("appeal") APPEAL,
    @JsonProperty("cassation") CASSATION,
    @JsonProperty("constitutional") CONSTITUTIONAL,
    @JsonProperty("international") INTERNATIONAL
}
