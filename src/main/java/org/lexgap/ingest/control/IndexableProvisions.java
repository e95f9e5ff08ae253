package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;

/**
 * The {@link Provision} records of an imported document, for the corpus, search and assessment: an attached
 * provision is the instrument's own one with the official text filled in; any other is a new provision of the
 * document, unverified, with the text as its official text and no summary of ours.
 */
public final class IndexableProvisions {

    private IndexableProvisions() {
    }

    public static List<Provision> of(ImportedDocument document, Corpus corpus) {
        Optional<Instrument> instrument = corpus.instrument(document.jurisdiction());
        List<Provision> out = new ArrayList<>();
        for (ImportedProvision p : document.provisions()) {
            Optional<Provision> existing = p.attached() ? corpus.provision(p.id()) : Optional.empty();
            if (existing.isPresent()) {
                Provision e = existing.get();
                out.add(new Provision(e.id(), e.documentId(), e.documentTitle(), e.jurisdiction(), e.number(),
                        e.heading(), p.heading(), e.citation(), e.summary(), e.topics(), e.criteria(), e.notMet(),
                        e.related(), e.verified(), document.source() != null ? document.source() : e.source(),
                        p.text(), document.language(), document.status(),
                        document.validFrom() != null ? document.validFrom() : e.validFrom(), e.validUntil(),
                        e.binding()));
                continue;
            }
            String label = p.label().isEmpty() ? p.id().substring(p.id().indexOf('/') + 1) : p.label();
            out.add(new Provision(p.id(), document.id(), document.title(),
                    instrument.isPresent() ? Provision.INTERNATIONAL : document.jurisdiction(), p.number(),
                    p.heading(), p.heading(), document.citation() + ", " + label, "", List.of(), List.of(),
                    List.of(), List.of(), false, document.source(), p.text(), document.language(),
                    document.status(), document.validFrom(), null, instrument.map(Instrument::binding).orElse(true)));
        }
        return out;
    }
}
