package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an observation finds about the law on its criteria: that it lacks what the criterion asks, provides it only
 * partly, provides it, or a neutral record.
 */
public enum ObservationFinding {
    @JsonProperty("lacks") LACKS,
    @JsonProperty("partly") PARTLY,
    @JsonProperty("meets") MEETS,
    @JsonProperty("notes") NOTES
}
