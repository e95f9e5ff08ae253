package org.lexgap.ingest.entity;

/** Why an import was refused, with the HTTP status it maps to (always 4xx: the client's file or form is at fault). */
public enum ImportError {
    INVALID_FORM(400, "Invalid form"),
    INVALID_FILE_NAME(400, "Invalid file name"),
    UNKNOWN_DOCUMENT(404, "Unknown document"),
    DUPLICATE_DOCUMENT(409, "Document exists"),
    TOO_LARGE(413, "File too large"),
    TOO_MANY_PAGES(413, "Too many pages"),
    TOO_MUCH_TEXT(413, "Too much text"),
    UNSUPPORTED_TYPE(415, "Unsupported content type"),
    EMPTY(422, "Empty document"),
    CORRUPT(422, "Corrupt file"),
    ENCRYPTED(422, "Encrypted PDF"),
    NO_TEXT(422, "No text layer"),
    UNSAFE_XML(422, "Unsafe XML"),
    TIMEOUT(422, "Processing time exceeded");

    private final int status;
    private final String title;

    ImportError(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
