package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Another decision in the same proceedings as a case record (an appeal, a retrial, the lower court's judgment).
 *
 * @param date when it was given, where seen
 * @param decision the id of its own case record, when it has one
 */
public record CaseStep(
        @JsonProperty(required = true) String court,
        LocalDate date,
        String docket,
        @JsonProperty(required = true) String summary,
        String decision,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) Boolean verified) {
}
