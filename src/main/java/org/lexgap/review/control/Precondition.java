package org.lexgap.review.control;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * The conditional headers of a write. The rule: an existing finding is changed only with
 * {@code If-Match: "<version>"} equal to its current version; a new finding is created with no If-Match (or with
 * {@code If-None-Match: *}, which also refuses to overwrite one that exists).
 *
 * @param ifMatch the version named by If-Match; empty when absent
 * @param ifMatchAny If-Match was {@code *} (not accepted: it would not protect against lost updates)
 * @param ifNoneMatchAny If-None-Match was {@code *}: create only
 */
public record Precondition(OptionalLong ifMatch, boolean ifMatchAny, boolean ifNoneMatchAny) {

    public static final Precondition NONE = new Precondition(OptionalLong.empty(), false, false);

    /** Parses header values; a malformed If-Match is a {@link ReviewException} (400). */
    public static Precondition parse(String ifMatch, String ifNoneMatch) {
        boolean noneAny = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        if (ifNoneMatch != null && !noneAny) {
            throw new ReviewException(ReviewException.Kind.INVALID, "If-None-Match: only * (create only) is "
                    + "supported on writes");
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return new Precondition(OptionalLong.empty(), false, noneAny);
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return new Precondition(OptionalLong.empty(), true, noneAny);
        }
        if (tag.toUpperCase(Locale.ROOT).startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return new Precondition(OptionalLong.of(Long.parseLong(tag)), false, noneAny);
        } catch (NumberFormatException e) {
            throw new ReviewException(ReviewException.Kind.INVALID, "If-Match must be the ETag of the finding, "
                    + "e.g. \"3\"");
        }
    }
}
