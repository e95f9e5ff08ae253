package org.lexgap.corpus.boundary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Provision;

/**
 * A court decision as {@code GET /api/cases/{id}} shows it: the record, the State it concerns, and the provisions
 * it applied with their citations and headings.
 */
public record CaseView(@JsonUnwrapped CourtDecision decision, String country, List<Applied> applied) {

    /** A provision the decision applied, as a link shows it. */
    public record Applied(String id, String citation, String heading, String jurisdiction, boolean verified) {
    }

    static CaseView of(CourtDecision decision, Corpus corpus) {
        return new CaseView(decision, decision.country(), decision.provisions().stream()
                .map(id -> corpus.provision(id).map(CaseView::applied)
                        .orElse(new Applied(id, id, "", "", false))).toList());
    }

    private static Applied applied(Provision p) {
        return new Applied(p.id(), p.citation(), p.heading(), p.jurisdiction(), p.verified());
    }
}
