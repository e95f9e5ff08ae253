package org.lexgap.review.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;

/**
 * A finding as the database holds it.
 *
 * @param author who created it: the original author of its content (level, evidence, rationale, sources)
 * @param coAuthors everyone else who has changed its content since (saving a colleague's text makes you one)
 * @param approver who approved it; never the author nor a co-author
 * @param version increases with every change; the ETag
 */
public record StoredFinding(String country, String checklist, String criterion, String checklistVersion,
                            Level level, Status status, List<String> evidence, String rationale,
                            List<String> sources, String author, List<String> coAuthors, String approver,
                            long version, Instant updated, String updatedBy) {

    public StoredFinding {
        coAuthors = coAuthors == null ? List.of() : List.copyOf(coAuthors);
    }

    /** The author and the co-authors: the people who may not approve this finding. */
    public List<String> writers() {
        List<String> writers = new ArrayList<>();
        writers.add(author);
        coAuthors.stream().filter(w -> !writers.contains(w)).forEach(writers::add);
        return List.copyOf(writers);
    }

    public Finding toFinding(String source) {
        return new Finding(country, criterion, level, status, evidence, rationale, sources, author, approver,
                checklistVersion, updated, source);
    }
}
