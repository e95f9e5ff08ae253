package org.lexgap.assessment.entity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a criterion is met: 2 fully, 1 partly, 0 not; unknown when there is no evidence. */
@Schema(type = SchemaType.STRING, enumeration = {"2", "1", "0", "unknown", "not-applicable"})
public enum Level {
    FULLY("2", 2), PARTLY("1", 1), NOT_MET("0", 0), UNKNOWN("unknown", -1), NOT_APPLICABLE("not-applicable", -1);

    private final String code;
    private final int points;

    Level(String code, int points) {
        this.code = code;
        this.points = points;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** 0, 1 or 2 for a scored level; empty for unknown and not-applicable, which no score counts. */
    public OptionalInt points() {
        return points < 0 ? OptionalInt.empty() : OptionalInt.of(points);
    }

    public boolean scored() {
        return points >= 0;
    }

    public static Level ofPoints(int points) {
        return switch (points) {
            case 2 -> FULLY;
            case 1 -> PARTLY;
            case 0 -> NOT_MET;
            default -> throw new IllegalArgumentException("a level is 0, 1 or 2, not " + points);
        };
    }

    @JsonCreator
    public static Level parse(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown level '" + code
                        + "'; expected 2, 1, 0, unknown or not-applicable"));
    }
}
