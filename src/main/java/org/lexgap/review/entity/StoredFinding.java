package org.lexgap.review.entity;

import java.time.Instant;
import java.util.List;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;

/**
 * A finding as the database holds it.
 *
 * @param author who wrote the current content (level, evidence, rationale, sources)
 * @param approver who approved it; never the author
 * @param version increases with every change; the ETag
 */
public record StoredFinding(String country, String checklist, String criterion, String checklistVersion,
                            Level level, Status status, List<String> evidence, String rationale,
                            List<String> sources, String author, String approver, long version, Instant updated,
                            String updatedBy) {

    public Finding toFinding(String source) {
        return new Finding(country, criterion, level, status, evidence, rationale, sources, author, approver,
                checklistVersion, updated, source);
    }
}
