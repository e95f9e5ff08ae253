package org.lexgap.ingest.control;

/** One line of extracted text and the page it is on (null when the format has no pages); blank = paragraph break. */
public record SourceLine(Integer page, String text) {

    public boolean blank() {
        return text.isBlank();
    }
}
