package org.lexgap.assessment.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who stands behind a level: the engine, a reviewer, or a reviewer confirmed by a second person. */
@Schema(type = SchemaType.STRING, enumeration = {"auto", "draft", "reviewed", "approved"})
public enum Status {
    AUTO("auto"), DRAFT("draft"), REVIEWED("reviewed"), APPROVED("approved");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
