package org.lexgap.reading.entity;

/**
 * One paragraph of a text: a numbered subsection with its list items, or a block between blank lines.
 *
 * @param start offset of its first character in the text read
 * @param end offset after its last character
 */
public record Paragraph(int index, int start, int end, String text) {
}
