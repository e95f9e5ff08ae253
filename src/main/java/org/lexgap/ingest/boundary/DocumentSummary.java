package org.lexgap.ingest.boundary;

import java.util.List;
import org.lexgap.ingest.entity.ImportedDocument;

/** The answer to an upload and a line of the list: the id and, per provision, id, number, heading and page. */
public record DocumentSummary(String id, int version, String jurisdiction, String title, String citation,
        boolean structureFound, List<Line> provisions) {

    public record Line(String id, String number, String heading, Integer page) {
    }

    static DocumentSummary of(ImportedDocument d) {
        return new DocumentSummary(d.id(), d.version(), d.jurisdiction(), d.title(), d.citation(), d.structureFound(),
                d.provisions().stream().map(p -> new Line(p.id(), p.number(), p.heading(), p.page())).toList());
    }
}
