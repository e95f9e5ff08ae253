package org.lexgap.ingest.entity;

import java.util.List;

/**
 * A provision found in an imported document.
 *
 * @param label the number with its label as written ({@code Article 10}, {@code § 18}); empty for a preamble
 * @param number the number as written ({@code 601-bis}, {@code 32A}); empty for the text before the first one
 * @param page the page it starts on (PDF and form-feed paged text); null for HTML and XML
 * @param attached true when the id is an existing provision of an instrument that the text now belongs to
 */
public record ImportedProvision(String id, String label, String number, String heading, String text, Integer page,
        List<Paragraph> paragraphs, boolean attached) {
}
