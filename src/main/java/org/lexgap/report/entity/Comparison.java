package org.lexgap.report.entity;

import java.time.Instant;
import java.util.List;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.corpus.entity.Checklist;

/** Several countries assessed under one checklist, for the comparative report. */
public record Comparison(Checklist checklist, List<Assessment> assessments, Instant generated) {

    /** The file name without extension, e.g. {@code lexgap-comparison-thbor-1.0}. */
    public String baseName() {
        return "lexgap-comparison-" + checklist.id() + "-" + checklist.version();
    }
}
