package org.lexgap.ingest.entity;

import java.util.List;

/**
 * A provision the splitter found in a text (before it belongs to a document).
 *
 * @param label the number with its label as written ({@code Article 10}, {@code § 18}, {@code 192. §}); empty for
 *     the text before the first heading
 * @param number the canonical number ({@code 601-bis}, {@code 32A}, {@code L1272-3}, {@code 2} for "Artículo
 *     segundo"); empty when the provision has no number
 * @param localId the local id as the corpus writes it ({@code art-601-bis}, {@code s-32a}); {@code preamble} for the
 *     text before the first heading, {@code text} when no numbering was recognised
 * @param heading the provision's title, or null
 * @param text the body, one line per paragraph and point
 * @param start where the provision starts in the text given to the splitter (its heading, or the title before it)
 * @param end where it ends (exclusive)
 */
public record SplitProvision(String label, String number, String localId, String heading, String text, int start,
        int end, List<Paragraph> paragraphs) {

    /** Whether the splitter found a number for this provision. */
    public boolean numbered() {
        return !number.isEmpty();
    }
}
