package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A national statute with the provisions that matter for THB/OR. */
public record Statute(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String jurisdiction,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String titleEn,
        @JsonProperty(required = true) String citation,
        @JsonProperty(required = true) StatuteKind kind,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) LocalDate validFrom,
        LocalDate validUntil,
        String replacedBy,
        @JsonProperty(required = true) String language,
        @JsonProperty(required = true) TextStatus textStatus,
        @JsonProperty(required = true) Boolean verified,
        String note,
        List<Amendment> amendments,
        @JsonProperty(required = true) List<StatuteProvision> provisions) {

    /** Whether the statute applies on a day: from its validFrom and before its validUntil (when set). */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
    }
}
