package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much of a decision's date the sources give: the day (the default), only the month (the date is then the
 * first of the month) or only the year (the date is then 1 January).
 */
@Schema(type = SchemaType.STRING, enumeration = {"day", "month", "year"})
public enum DatePrecision {
    @JsonProperty("day") DAY,
    @JsonProperty("month") MONTH,
    @JsonProperty("year") YEAR;

    /** The date as far as it is known: 2014-06-24, 2025-12 or 2007. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** Whether a date is written the way this precision requires (the first of the month, 1 January). */
    public boolean fits(LocalDate date) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case YEAR -> date.getDayOfYear() == 1;
        };
    }
}
