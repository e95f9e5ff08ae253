package org.lexgap.security.entity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a signed-in user may do. Anonymous users read; a reader only reads; a reviewer writes and approves
 * findings; an admin imports documents and manages users (an admin is not a reviewer: separate duties).
 */
@Schema(type = SchemaType.STRING, enumeration = {"reader", "reviewer", "admin"})
public enum Role {
    READER, REVIEWER, ADMIN;

    /** The role names as the container knows them. */
    public static final String READER_NAME = "reader";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Role parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + code + "'; expected one of "
                        + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "))));
    }
}
