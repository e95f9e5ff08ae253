package org.lexgap.report.control;

import org.lexgap.assessment.entity.ConditionStatus;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.entity.DecisionOutcome;
import org.lexgap.corpus.entity.ObservationFinding;
import org.lexgap.corpus.entity.ProfileContents;
import org.lexgap.corpus.entity.StatuteKind;

/** How levels and statuses read in reports: a label, a CSS class and a meaning. */
public final class Labels {

    private Labels() {
    }

    public static String label(Level level) {
        return switch (level) {
            case FULLY -> "2 · fully met";
            case PARTLY -> "1 · partly met";
            case NOT_MET -> "0 · not met";
            case UNKNOWN -> "unknown";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    /** How a part of a profile reads: shipped and verified, shipped but not verified, or not found. */
    public static String label(ProfileContents.Holding holding) {
        return switch (holding) {
            case VERIFIED -> "verified";
            case UNVERIFIED -> "shipped, not yet verified";
            case DOCUMENTED_GAP -> "not covered by the law (a cited provision shows the gap)";
            case MISSING -> "not found in the sources read (unknown)";
        };
    }

    public static String label(StatuteKind kind) {
        return switch (kind) {
            case CRIMINAL_CODE -> "criminal code";
            case CRIMINAL_PROCEDURE -> "criminal procedure";
            case TRANSPLANT_LAW -> "transplantation law";
            case ANTI_TRAFFICKING_LAW -> "anti-trafficking law";
            case VICTIM_LAW -> "victims' law";
            case OTHER -> "other";
        };
    }

    /** A short code for matrix cells: 2, 1, 0, ? or n/a. */
    public static String cell(Level level) {
        return switch (level) {
            case UNKNOWN -> "?";
            case NOT_APPLICABLE -> "n/a";
            default -> level.code();
        };
    }

    public static String css(Level level) {
        return switch (level) {
            case FULLY -> "l2";
            case PARTLY -> "l1";
            case NOT_MET -> "l0";
            case UNKNOWN -> "lu";
            case NOT_APPLICABLE -> "ln";
        };
    }

    public static String meaning(Level level) {
        return switch (level) {
            case FULLY -> "The law meets the criterion as the checklist's level 2 descriptor states.";
            case PARTLY -> "The law meets the criterion in part, or only through general provisions.";
            case NOT_MET -> "The corpus shows that the law does not meet the criterion.";
            case UNKNOWN -> "No text or status in the corpus settles the level; left out of the score.";
            case NOT_APPLICABLE -> "The criterion does not apply to this State; left out of the score.";
        };
    }

    public static String label(ConditionStatus status) {
        return switch (status) {
            case MET -> "met";
            case LIMITED -> "limited (met by some provisions, shown missing by others)";
            case MISSING -> "missing";
            case UNKNOWN -> "not shown";
        };
    }

    public static String label(Status status) {
        return switch (status) {
            case AUTO -> "automatic";
            case DRAFT -> "draft";
            case REVIEWED -> "reviewed";
            case APPROVED -> "approved";
        };
    }

    public static String meaning(Status status) {
        return switch (status) {
            case AUTO -> "proposed by the lexgap engine; not yet looked at by a reviewer";
            case DRAFT -> "a reviewer's finding in progress";
            case REVIEWED -> "a reviewer decided the level and wrote the rationale";
            case APPROVED -> "a reviewed finding confirmed by a second person";
        };
    }

    public static String label(DecisionOutcome outcome) {
        return switch (outcome) {
            case CONVICTED -> "convicted";
            case ACQUITTED -> "acquitted";
            case MIXED -> "convictions and acquittals";
            case UPHELD -> "upheld the decision below";
            case ANNULLED -> "annulled the decision below";
            case RETRIAL_ORDERED -> "ordered a retrial";
            case VIOLATION -> "violation found";
            case NO_VIOLATION -> "no violation found";
            case DISMISSED -> "dismissed";
            case INADMISSIBLE -> "not admitted";
            case OTHER -> "other outcome";
        };
    }

    public static String label(ObservationFinding finding) {
        return switch (finding) {
            case LACKS -> "finds the law lacks it";
            case PARTLY -> "finds it only partly provided";
            case MEETS -> "finds it provided";
            case NOTES -> "notes";
        };
    }
}
