package org.lexgap.ingest.control;

import java.time.Duration;

/** How much one import may take: file size, PDF pages and processing time. */
public record ImportLimits(long maxBytes, int maxPages, Duration timeout) {

    public static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 3000, Duration.ofSeconds(120));
}
