package org.lexgap.corpus.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.ConditionReading;
import org.lexgap.corpus.entity.Criterion;

/** The validator's rules for the conditions a statute provision records per criterion. */
final class ConditionReadingCheck {

    private ConditionReadingCheck() {
    }

    /**
     * Each criterion named, each condition it meets, limits or lacks, must exist; a reason is given for what it
     * limits or lacks.
     */
    static void check(List<Located<Checklist>> checklists, Located<?> file, String at,
                      Map<String, ConditionReading> readings, List<CorpusError> errors) {
        if (readings == null) {
            return;
        }
        readings.forEach((criterionId, reading) -> {
            Optional<Criterion> criterion = checklists.stream().flatMap(c -> c.value().criteria())
                    .filter(c -> c.id().equals(criterionId)).findFirst();
            if (criterion.isEmpty()) {
                errors.add(file.error(at + "/" + criterionId, "unknown criterion '" + criterionId + "'"));
                return;
            }
            if (reading == null || reading.meets().isEmpty() && reading.lacks().isEmpty() && reading.limits().isEmpty()) {
                errors.add(file.error(at + "/" + criterionId, "name the conditions it meets, limits or lacks"));
                return;
            }
            reading.limits().forEach((id, reason) -> {
                if (criterion.get().condition(id).isEmpty()) {
                    errors.add(file.error(at + "/" + criterionId + "/limits", "unknown condition '" + id
                            + "' of " + criterionId + "; expected one of " + conditionIds(criterion.get())));
                } else if (reason == null || reason.isBlank()) {
                    errors.add(file.error(at + "/" + criterionId + "/limits/" + id,
                            "say in a few words how the condition is limited"));
                }
                if (reading.meets().contains(id) || reading.lacks().containsKey(id)) {
                    errors.add(file.error(at + "/" + criterionId + "/limits/" + id, "condition '" + id
                            + "' is limited and also met or lacking in the same provision: name it once"));
                }
            });
            for (String id : reading.meets()) {
                if (criterion.get().condition(id).isEmpty()) {
                    errors.add(file.error(at + "/" + criterionId + "/meets", "unknown condition '" + id
                            + "' of " + criterionId + "; expected one of " + conditionIds(criterion.get())));
                }
            }
            reading.lacks().forEach((id, reason) -> {
                if (criterion.get().condition(id).isEmpty()) {
                    errors.add(file.error(at + "/" + criterionId + "/lacks", "unknown condition '" + id
                            + "' of " + criterionId + "; expected one of " + conditionIds(criterion.get())));
                } else if (reason == null || reason.isBlank()) {
                    errors.add(file.error(at + "/" + criterionId + "/lacks/" + id,
                            "say in a few words why the condition is missing or limited"));
                }
                if (reading.meets().contains(id)) {
                    errors.add(file.error(at + "/" + criterionId + "/lacks/" + id,
                            "condition '" + id + "' is both met and lacking in the same provision"));
                }
            });
        });
    }

    private static List<String> conditionIds(Criterion criterion) {
        return criterion.conditionList().stream().map(c -> c.id()).toList();
    }
}
