package org.lexgap.assessment.control;

import java.util.List;
import org.lexgap.assessment.entity.ConditionResult;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;

/** The engine's proposal for one criterion, before caps and reviewer findings, with the conditions behind it. */
record Proposal(Level level, String reason, List<Evidence> evidence, List<ConditionResult> conditions) {

    Proposal(Level level, String reason, List<Evidence> evidence) {
        this(level, reason, evidence, List.of());
    }

    Proposal withLevel(Level newLevel, String newReason) {
        return new Proposal(newLevel, newReason, evidence, conditions);
    }
}
