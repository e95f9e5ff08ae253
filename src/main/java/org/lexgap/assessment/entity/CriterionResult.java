package org.lexgap.assessment.entity;

import java.util.List;
import org.lexgap.corpus.entity.LegalBasis;

/**
 * The assessment of one criterion for one country.
 *
 * @param reason one line on why this level (the engine's, or the reviewer's rationale)
 * @param proposed the engine's own level, kept visible when a reviewer decided otherwise
 * @param carriedOver true when a reviewer finding was made under an older checklist version
 * @param unverified true when any fact behind the level is not verified
 * @param findingSource for a reviewer finding: "published" (findings.yaml) or "store" (the database); else null
 * @param conditions the conditions of the criterion's levels, each met, limited, missing or unknown, with the
 *                   provisions that show it (empty for treaty-status criteria)
 */
public record CriterionResult(String id, String title, String area, boolean core, int weight, Level level,
                              Status status, String reason, Level proposed, List<Evidence> evidence,
                              List<LegalBasis> basis, String recommendedAction, boolean carriedOver,
                              boolean unverified, String findingSource, List<ConditionResult> conditions) {

    public CriterionResult {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public CriterionResult(String id, String title, String area, boolean core, int weight, Level level,
                           Status status, String reason, Level proposed, List<Evidence> evidence,
                           List<LegalBasis> basis, String recommendedAction, boolean carriedOver,
                           boolean unverified, String findingSource) {
        this(id, title, area, core, weight, level, status, reason, proposed, evidence, basis, recommendedAction,
                carriedOver, unverified, findingSource, List.of());
    }

    public CriterionResult(String id, String title, String area, boolean core, int weight, Level level,
                           Status status, String reason, Level proposed, List<Evidence> evidence,
                           List<LegalBasis> basis, String recommendedAction, boolean carriedOver,
                           boolean unverified) {
        this(id, title, area, core, weight, level, status, reason, proposed, evidence, basis, recommendedAction,
                carriedOver, unverified, null);
    }
}
