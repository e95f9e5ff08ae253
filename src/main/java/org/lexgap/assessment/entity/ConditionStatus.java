package org.lexgap.assessment.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the law in force meets a condition, as far as the evidence shows. */
@Schema(type = SchemaType.STRING, enumeration = {"met", "limited", "missing", "unknown"})
public enum ConditionStatus {
    /** met by a provision, and no provision shows it missing */
    MET,
    /** met by some provisions, shown missing or limited by others: enough for level 1, never for 2 */
    LIMITED,
    /** shown missing, met by none */
    MISSING,
    /** no evidence either way */
    UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
