package org.lexgap.assessment.control;

import java.util.Map;
import org.lexgap.assessment.entity.Finding;

/**
 * Where the assessment reads reviewer findings from; the review component provides it (so assessment does not
 * depend on review, and review may use assessment's levels and statuses).
 */
public interface ReviewedFindings {

    /** The findings that decide a country's levels under a checklist, by criterion id. */
    Map<String, Finding> forAssessment(String country, String checklist);
}
