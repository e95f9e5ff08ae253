package org.lexgap.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;

/** Assessments of the loaded corpus; reviewer findings join here once the store exists. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    CorpusService corpusService;

    private volatile EngineFor engine;

    public Assessment assess(CountryProfile country, Checklist checklist) {
        return engine().engine().assess(country, checklist, Map.of());
    }

    private EngineFor engine() {
        Corpus corpus = corpusService.corpus();
        EngineFor current = engine;
        if (current == null || current.corpus() != corpus) {
            current = new EngineFor(corpus, new AssessmentEngine(corpus));
            engine = current;
        }
        return current;
    }

    /** The engine built for one corpus instance (rebuilt when the corpus is reloaded). */
    private record EngineFor(Corpus corpus, AssessmentEngine engine) {
    }
}
