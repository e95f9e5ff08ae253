package org.lexgap.report.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report comes in, with the media type and file extension of each. */
public enum ReportFormat {
    PDF("application/pdf"), HTML("text/html; charset=UTF-8"), CSV("text/csv; charset=UTF-8"),
    JSON("application/json");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named (in any case), or empty when the name is none of pdf, html, csv, json. */
    public static Optional<ReportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
