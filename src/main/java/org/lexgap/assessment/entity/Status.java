package org.lexgap.assessment.entity;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who stands behind a level: the engine, a reviewer, or a reviewer confirmed by a second person. */
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
