package org.lexgap.assessment.control;

import java.util.List;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.assessment.entity.Level;

/** The engine's proposal for one criterion, before caps and reviewer findings. */
record Proposal(Level level, String reason, List<Evidence> evidence) {
}
