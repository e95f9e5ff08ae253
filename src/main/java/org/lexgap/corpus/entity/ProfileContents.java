package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a State's profile holds of the three things every profile needs before a reviewer can start: the offence
 * of trafficking for organ removal, rules on jurisdiction over offences, and a transplantation law. Each is
 * {@code verified} (a provision seen in a cited source), {@code unverified} (shipped but not seen),
 * {@code documented-gap} (a provision shows the law does not cover it) or {@code missing} (nothing shipped: unknown,
 * not "the State has none"). A transplantation law shipped without any
 * provision counts as unverified; a statute no longer in force counts for nothing.
 */
public record ProfileContents(Holding thbOrOffence, Holding jurisdiction, Holding transplantLaw,
                              int treatiesUnknown) {

    @Schema(type = SchemaType.STRING, enumeration = {"verified", "unverified", "documented-gap", "missing"})
    public enum Holding {
        VERIFIED("verified"), UNVERIFIED("unverified"), DOCUMENTED_GAP("documented-gap"), MISSING("missing");

        private final String code;

        Holding(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** The parts that are missing, in words, for a list of what a profile lacks. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (thbOrOffence == Holding.MISSING) {
            out.add("THB/OR offence");
        }
        if (jurisdiction == Holding.MISSING) {
            out.add("jurisdiction rules");
        }
        if (transplantLaw == Holding.MISSING) {
            out.add("transplantation law");
        }
        return out;
    }
}
