package org.lexgap.ingest.control;

import java.util.List;

/** The lines of one page in reading order; empty strings mark paragraph breaks. */
public record PageText(int page, List<String> lines) {
}
