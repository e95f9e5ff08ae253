package org.lexgap.assessment.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.corpus.control.ConceptExpression;
import org.lexgap.corpus.entity.ConditionReading;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.reading.control.ConceptReader;
import org.lexgap.reading.control.ConditionDetector;
import org.lexgap.reading.entity.Detection;
import org.lexgap.reading.entity.Reading;

/**
 * What one provision shows of a criterion's conditions, from the best source there is: what whoever read the law
 * recorded (its {@code conditions}, or {@code notMet}: a documented absence of everything level 1 needs); else
 * what lexgap reads in the provision's own official text; else, for a provision the corpus links to the
 * criterion without recording conditions, what its summary (our words) shows. Readings are kept per text.
 */
final class ShownConditions {

    /**
     * @param meets condition id to the passage that shows it met
     * @param lacks condition id to why it is missing or limited
     * @param basis one of {@link Evidence#RECORDED}, {@link Evidence#READ}, {@link Evidence#SUMMARY}
     */
    record Shown(Provision provision, Map<String, String> meets, Map<String, String> lacks, String basis) {

        boolean showsAnything() {
            return !meets.isEmpty() || !lacks.isEmpty();
        }
    }

    private final ConceptReader reader;
    private final ConditionDetector detector = new ConditionDetector();
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    ShownConditions(ConceptReader reader) {
        this.reader = reader;
    }

    Optional<Shown> of(Criterion criterion, Provision p) {
        Optional<ConditionReading> recorded = p.reading(criterion.id());
        if (recorded.isPresent()) {
            Map<String, String> meets = new LinkedHashMap<>();
            recorded.get().meets().forEach(id -> meets.put(id, Passages.firstSentence(p.summary())));
            Map<String, String> lacks = new LinkedHashMap<>(recorded.get().lacks());
            // met in part: shown met and limited by the same provision, which the combination reads as limited
            recorded.get().limits().forEach((id, why) -> {
                meets.put(id, Passages.firstSentence(p.summary()));
                lacks.put(id, why);
            });
            return Optional.of(new Shown(p, meets, lacks, Evidence.RECORDED));
        }
        if (p.notMet().contains(criterion.id())) {
            Map<String, String> lacks = new LinkedHashMap<>();
            String why = "documented absence: " + Passages.firstSentence(p.summary());
            String levelOne = criterion.requirement("1");
            if (levelOne != null) {
                ConceptExpression.parse(levelOne).conceptIds().forEach(id -> lacks.put(id, why));
            }
            return Optional.of(new Shown(p, Map.of(), lacks, Evidence.RECORDED));
        }
        if (p.officialText() != null) {
            String heading = p.originalHeading() != null ? p.originalHeading() : p.heading();
            return Optional.of(detected(p, read(p.id() + "#text", heading, p.officialText(), p.language()),
                    criterion, Evidence.READ)).filter(Shown::showsAnything);
        }
        if (p.criteria().contains(criterion.id())) {
            return Optional.of(detected(p, read(p.id() + "#summary", p.heading(), p.summary(), "en"), criterion,
                    Evidence.SUMMARY));
        }
        return Optional.empty();
    }

    private Reading read(String key, String heading, String text, String language) {
        String cacheKey = key + "#" + language + "#" + (heading == null ? 0 : heading.hashCode()) + "#" + text.hashCode();
        return readings.computeIfAbsent(cacheKey, k -> reader.read(heading, text, language));
    }

    private Shown detected(Provision p, Reading reading, Criterion criterion, String basis) {
        Map<String, String> meets = new LinkedHashMap<>();
        Map<String, String> lacks = new LinkedHashMap<>();
        for (Detection d : detector.detect(criterion, reading)) {
            (d.met() ? meets : lacks).put(d.condition(), d.met() ? d.passage() : "the text reads: " + d.passage());
        }
        return new Shown(p, meets, lacks, basis);
    }
}
