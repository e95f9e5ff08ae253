package org.lexgap.ingest.entity;

/** A refused import: the reason (which fixes the 4xx status) and a message meant for the person who sent the file. */
public class ImportException extends RuntimeException {

    private final ImportError error;

    public ImportException(ImportError error, String message) {
        super(message);
        this.error = error;
    }

    public ImportException(ImportError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public ImportError error() {
        return error;
    }
}
