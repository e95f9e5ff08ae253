package org.lexgap.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.review.control.ReviewService;

/** Assessments of the loaded corpus, with the reviewer findings (published baseline and the store's newer ones). */
@ApplicationScoped
public class AssessmentService {

    @Inject
    CorpusService corpusService;

    @Inject
    ReviewService reviews;

    private volatile EngineFor engine;

    public Assessment assess(CountryProfile country, Checklist checklist) {
        Map<String, Finding> findings = reviews.forAssessment(country.code(), checklist.id());
        EngineFor current = engine();
        return Illustrations.attach(current.corpus(), current.engine().assess(country, checklist, findings));
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
