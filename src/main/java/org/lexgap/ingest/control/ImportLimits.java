package org.lexgap.ingest.control;

import java.time.Duration;

/**
 * How much one import may take: file size, PDF pages, processing time, characters of text extracted from one
 * document, and characters of imported text one State may hold over all its documents (the assessment of a State
 * reads all of its text, so its cost grows with it).
 */
public record ImportLimits(long maxBytes, int maxPages, Duration timeout, int maxTextChars, long maxStateTextChars) {

    public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
    public static final long DEFAULT_MAX_STATE_TEXT_CHARS = 3_000_000;

    public static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 3000, Duration.ofSeconds(120));

    /** The limits with the default amounts of text. */
    public ImportLimits(long maxBytes, int maxPages, Duration timeout) {
        this(maxBytes, maxPages, timeout, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_STATE_TEXT_CHARS);
    }

    /** A markup file (HTML, XML) larger than this is refused before it is parsed: no text needs more bytes. */
    public long maxMarkupBytes() {
        return Math.min(maxBytes, 8L * maxTextChars);
    }
}
