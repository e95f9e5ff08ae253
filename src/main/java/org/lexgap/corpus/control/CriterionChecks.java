package org.lexgap.corpus.control;

import java.util.List;
import java.util.Set;
import org.lexgap.corpus.entity.Criterion;
import java.util.HashSet;
import java.util.Map;
import org.lexgap.corpus.entity.Condition;
import org.lexgap.corpus.entity.DetectRule;

/** The checks of one checklist criterion: levels, weight, legal basis, conditions, requirements and treaties. */
final class CriterionChecks {

    private final Located<?> file;
    private final String at;
    private final Criterion criterion;
    private final List<CorpusError> errors;
    private final Set<String> conceptIds;
    private final Set<String> provisionIds;

    CriterionChecks(Located<?> file, String at, Criterion criterion, List<CorpusError> errors,
                    Set<String> conceptIds, Set<String> provisionIds) {
        this.file = file;
        this.at = at;
        this.criterion = criterion;
        this.errors = errors;
        this.conceptIds = conceptIds;
        this.provisionIds = provisionIds;
    }

    void run() {
        if (!criterion.levels().keySet().stream().allMatch(CorpusValidator::isLevelKey)
                || criterion.levels().size() != 3) {
            errors.add(file.error(at + "/levels", "levels must describe exactly \"2\", \"1\" and \"0\""));
        }
        if (criterion.weight() < 1 || criterion.weight() > 3) {
            errors.add(file.error(at + "/weight", "weight must be 1, 2 or 3, not " + criterion.weight()));
        }
        for (int i = 0; i < criterion.basis().size(); i++) {
            String provision = criterion.basis().get(i).provision();
            if (!provisionIds.contains(provision)) {
                errors.add(file.error(at + "/basis/" + i + "/provision", "unknown provision '" + provision + "'"));
            }
        }
        List<String> treaties = criterion.treaties() == null ? List.of() : criterion.treaties();
        for (int i = 0; i < treaties.size(); i++) {
            if (!CorpusValidator.TRACKED_TREATIES.contains(treaties.get(i))) {
                errors.add(file.error(at + "/treaties/" + i, "unknown treaty '" + treaties.get(i) + "'"));
            }
        }
        if (criterion.conditionList().isEmpty() && treaties.isEmpty()) {
            errors.add(file.error(at, "criterion '" + criterion.id() + "' needs conditions or treaties"));
        }
        if (!criterion.conditionList().isEmpty()) {
            checkConditions();
        }
    }

    private void checkConditions() {
        Set<String> ids = new HashSet<>();
        List<Condition> conditions = criterion.conditionList();
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            String where = at + "/conditions/" + i;
            if (!CorpusValidator.isLocalId(condition.id())) {
                errors.add(file.error(where + "/id", "condition id '" + condition.id()
                        + "' must be lower-case letters, digits and dashes"));
            }
            if (!ids.add(condition.id())) {
                errors.add(file.error(where + "/id", "duplicate condition id '" + condition.id() + "'"));
            }
            checkRules(condition.detectRules(), where + "/detect");
            checkRules(condition.absentRules(), where + "/absent");
        }
        Set<String> used = new HashSet<>();
        Map<String, String> requires = criterion.requires() == null ? Map.of() : criterion.requires();
        for (String level : List.of("2", "1")) {
            String expression = requires.get(level);
            if (expression == null) {
                errors.add(file.error(at + "/requires", "requires must give level \"" + level
                        + "\" as an expression over condition ids"));
                continue;
            }
            try {
                for (String id : ConceptExpression.parse(expression).conceptIds()) {
                    used.add(id);
                    if (!ids.contains(id)) {
                        errors.add(file.error(at + "/requires/" + level, "unknown condition '" + id + "'"));
                    }
                }
            } catch (IllegalArgumentException e) {
                errors.add(file.error(at + "/requires/" + level, "malformed requirement: " + e.getMessage()));
            }
        }
        requires.keySet().stream().filter(k -> !k.equals("1") && !k.equals("2")).forEach(k -> errors.add(
                file.error(at + "/requires/" + k, "requires names levels \"2\" and \"1\" only (0 follows "
                        + "from conditions shown missing)")));
        ids.stream().filter(id -> !used.contains(id)).sorted().forEach(id -> errors.add(file.error(at
                + "/conditions", "condition '" + id + "' is required by no level")));
    }

    private void checkRules(List<DetectRule> rules, String where) {
        for (int i = 0; i < rules.size(); i++) {
            checkExpression(rules.get(i).near(), where + "/" + i + "/near");
            if (rules.get(i).with() != null) {
                checkExpression(rules.get(i).with(), where + "/" + i + "/with");
            }
            if (rules.get(i).lead() != null) {
                checkExpression(rules.get(i).lead(), where + "/" + i + "/lead");
            }
        }
    }

    private void checkExpression(String expression, String where) {
        try {
            for (String id : ConceptExpression.parse(expression).conceptIds()) {
                if (!conceptIds.contains(id)) {
                    errors.add(file.error(where, "unknown concept '" + id + "'"));
                }
            }
        } catch (IllegalArgumentException e) {
            errors.add(file.error(where, "malformed expression: " + e.getMessage()));
        }
    }
}
