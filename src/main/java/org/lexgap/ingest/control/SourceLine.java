package org.lexgap.ingest.control;

/**
 * One line of extracted text.
 *
 * @param page the page it is on (null when the format has no pages)
 * @param text the text, markup removed; blank = paragraph break
 * @param marked true when the source marked the line as a heading (Markdown {@code #}, HTML {@code <h1>}–{@code <h6>},
 *     a line in bold)
 * @param start where the line starts in the text given to the splitter (-1 when unknown)
 * @param end where it ends (exclusive; -1 when unknown)
 */
public record SourceLine(Integer page, String text, boolean marked, int start, int end) {

    public SourceLine(Integer page, String text) {
        this(page, text, false, -1, -1);
    }

    public boolean blank() {
        return text.isBlank();
    }

    SourceLine withText(String newText) {
        return new SourceLine(page, newText, marked, start, end);
    }
}
