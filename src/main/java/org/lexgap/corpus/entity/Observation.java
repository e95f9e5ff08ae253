package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * What a monitoring body (GRETA, the US TIP report, a UN treaty body, the CETS 216 Committee of the Parties...)
 * said about a State's law on one or more criteria, in our own words. An observation never replaces law as
 * evidence of a level.
 *
 * @param paragraph the paragraph number(s) of the document, or "p. 12" where it has none
 * @param provisions provisions of the corpus the observation discusses
 * @param verified true only when document, date, paragraph and content were seen in the source
 */
public record Observation(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) MonitoringBody body,
        @JsonProperty(required = true) String document,
        @JsonProperty(required = true) LocalDate date,
        @JsonProperty(required = true) String paragraph,
        @JsonProperty(required = true) List<String> criteria,
        @JsonProperty(required = true) ObservationFinding finding,
        @JsonProperty(required = true) String summary,
        List<String> provisions,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) Boolean verified,
        String note) {
}
