package org.lexgap.ingest.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lexgap.corpus.entity.TextStatus;

/**
 * An official document (or translation) loaded by a user and split into provisions.
 *
 * @param version 1 for the first import; each replacement adds one, older versions are kept as history
 * @param structureFound false when no numbering was recognised and the whole text is one provision
 */
public record ImportedDocument(
        String id,
        int version,
        String jurisdiction,
        String title,
        String citation,
        String language,
        TextStatus status,
        LocalDate validFrom,
        String source,
        String fileName,
        DocumentFormat format,
        Integer pages,
        boolean structureFound,
        Instant importedAt,
        List<ImportedProvision> provisions) {

    /** Characters of text in its provisions (headings and bodies). */
    public long textLength() {
        long length = 0;
        for (ImportedProvision p : provisions) {
            length += (p.heading() == null ? 0 : p.heading().length()) + (p.text() == null ? 0 : p.text().length());
        }
        return length;
    }

    public ImportedDocument withVersion(int newVersion) {
        return new ImportedDocument(id, newVersion, jurisdiction, title, citation, language, status, validFrom, source,
                fileName, format, pages, structureFound, importedAt, provisions);
    }
}
