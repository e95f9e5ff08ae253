package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One named condition of a criterion's levels (for JUR-EXTRATERRITORIAL: nationals, habitual residents, …).
 * Whoever read the law records which provisions meet it or show it missing; for a text nobody has read, the
 * {@code detect} rules say when the text itself shows it met, and {@code absent} when it shows it missing.
 *
 * @param text what the condition asks, in our own words
 * @param assumed true for a condition that holds unless evidence shows it missing (e.g. that a trafficking offence
 *                can reach organ removal: only a closed list of purposes without it rules that out)
 */
public record Condition(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String text,
        List<DetectRule> detect,
        List<DetectRule> absent,
        Boolean assumed) {

    public boolean isAssumed() {
        return Boolean.TRUE.equals(assumed);
    }

    public List<DetectRule> detectRules() {
        return detect == null ? List.of() : detect;
    }

    public List<DetectRule> absentRules() {
        return absent == null ? List.of() : absent;
    }
}
