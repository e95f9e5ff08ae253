package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One checklist criterion: what to check, how to score it, why it is required and how to find evidence.
 *
 * @param conditions the named conditions its level texts are made of
 * @param requires for levels "2" and "1", a boolean expression over condition ids that the level needs
 */
public record Criterion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String question,
        @JsonProperty(required = true) String guidance,
        @JsonProperty(required = true) Map<String, String> levels,
        @JsonProperty(required = true) Integer weight,
        @JsonProperty(required = true) Boolean core,
        Boolean goodPractice,
        @JsonProperty(required = true) List<LegalBasis> basis,
        @JsonProperty(required = true) String recommendedAction,
        String recommendationSource,
        List<Condition> conditions,
        Map<String, String> requires,
        List<String> treaties) {

    /** The conditions of the levels; empty for a treaty-status criterion. */
    public List<Condition> conditionList() {
        return conditions == null ? List.of() : conditions;
    }

    public java.util.Optional<Condition> condition(String conditionId) {
        return conditionList().stream().filter(c -> c.id().equals(conditionId)).findFirst();
    }

    /** The expression over condition ids that level "2" or "1" requires; null when the level has none. */
    public String requirement(String level) {
        return requires == null ? null : requires.get(level);
    }
}
