package org.lexgap.review.control;

import java.util.List;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;

/** A finding's content after validation: ready to store. */
public record ValidFinding(Level level, Status status, List<String> evidence, String rationale,
                           List<String> sources) {
}
