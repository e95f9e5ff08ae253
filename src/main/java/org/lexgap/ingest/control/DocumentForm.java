package org.lexgap.ingest.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.lexgap.corpus.entity.TextStatus;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.text.HttpUrls;

/** Reads and checks the form fields of an upload (HTTP or command line) into {@link DocumentMetadata}. */
public final class DocumentForm {

    private DocumentForm() {
    }

    /** A country code (two letters, returned in capitals) or an instrument id (returned as given). */
    public static DocumentMetadata metadata(String jurisdiction, String title, String citation, String language,
            String status, String validFrom, String source) {
        String j = required("jurisdiction", jurisdiction, 60).strip();
        if (j.matches("[A-Za-z]{2}")) {
            j = j.toUpperCase(Locale.ROOT);
        } else if (!j.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw invalid("jurisdiction must be a country code (XA) or an instrument id (cets-216), not '"
                    + j + "'.");
        }
        String t = required("title", title, 300).strip();
        String lang = required("language", language, 8).strip().toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2,3}")) {
            throw invalid("language must be an ISO 639 code such as 'en', not '" + lang + "'.");
        }
        TextStatus textStatus = switch (required("status", status, 20).strip().toLowerCase(Locale.ROOT)) {
            case "official" -> TextStatus.OFFICIAL;
            case "translation" -> TextStatus.TRANSLATION;
            default -> throw invalid("status must be 'official' or 'translation'.");
        };
        LocalDate from = null;
        if (validFrom != null && !validFrom.isBlank()) {
            try {
                from = LocalDate.parse(validFrom.strip());
            } catch (DateTimeParseException e) {
                throw invalid("validFrom must be a date like 2024-01-31, not '" + validFrom.strip() + "'.");
            }
        }
        String c = citation == null || citation.isBlank() ? t : optional("citation", citation, 200);
        String src = optional("source", source, 1000);
        if (src != null && !HttpUrls.valid(src)) {
            throw invalid("source must be an http:// or https:// address.");
        }
        return new DocumentMetadata(j, t, c, lang, textStatus, from, src);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid("The form field '" + field + "' is required.");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            throw invalid("The form field '" + field + "' is longer than " + max
                    + " characters or contains control characters.");
        }
        return value.strip();
    }

    private static ImportException invalid(String message) {
        return new ImportException(ImportError.INVALID_FORM, message);
    }
}
