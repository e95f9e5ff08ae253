package org.lexgap.ingest.entity;

import java.time.LocalDate;
import org.lexgap.corpus.entity.TextStatus;

/**
 * What the uploader says about a document.
 *
 * @param jurisdiction a country code (upper case) or the id of an instrument in instruments/
 */
public record DocumentMetadata(String jurisdiction, String title, String citation, String language,
        TextStatus status, LocalDate validFrom, String source) {
}
