package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an observation finds about the law on its criteria: that it lacks what the criterion asks, provides it only
 * partly, provides it, or a neutral record.
 */
@Schema(type = SchemaType.STRING, enumeration = {"lacks", "partly", "meets", "notes"})
public enum ObservationFinding {
    @JsonProperty("lacks") LACKS,
    @JsonProperty("partly") PARTLY,
    @JsonProperty("meets") MEETS,
    @JsonProperty("notes") NOTES
}
