package org.lexgap.corpus.control;

import java.util.List;
import java.util.Set;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Indicator;

/** The checks of one checklist criterion: levels, weight, legal basis, indicators and treaties. */
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
        List<Indicator> indicators = criterion.indicators() == null ? List.of() : criterion.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            checkIndicator(indicators.get(i), at + "/indicators/" + i);
        }
        List<String> treaties = criterion.treaties() == null ? List.of() : criterion.treaties();
        for (int i = 0; i < treaties.size(); i++) {
            if (!CorpusValidator.TRACKED_TREATIES.contains(treaties.get(i))) {
                errors.add(file.error(at + "/treaties/" + i, "unknown treaty '" + treaties.get(i) + "'"));
            }
        }
        if (indicators.isEmpty() && treaties.isEmpty()) {
            errors.add(file.error(at, "criterion '" + criterion.id() + "' needs indicators or treaties"));
        }
    }

    private void checkIndicator(Indicator indicator, String where) {
        if (indicator.level() != 1 && indicator.level() != 2) {
            errors.add(file.error(where + "/level", "an indicator suggests level 1 or 2, not " + indicator.level()));
        }
        try {
            for (String id : ConceptExpression.parse(indicator.query()).conceptIds()) {
                if (!conceptIds.contains(id)) {
                    errors.add(file.error(where + "/query", "unknown concept '" + id + "' in indicator"));
                }
            }
        } catch (IllegalArgumentException e) {
            errors.add(file.error(where + "/query", "malformed indicator: " + e.getMessage()));
        }
    }
}
