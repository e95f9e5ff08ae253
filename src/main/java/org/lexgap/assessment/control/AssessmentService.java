package org.lexgap.assessment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusChanged;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;

/**
 * Assessments of the loaded corpus, with the reviewer findings (published baseline and the store's newer ones).
 * Each is made once and reused while the corpus it reads, the findings and the day stay the same
 * ({@link AssessmentCache}); the engine itself is not changed.
 */
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    CorpusService corpusService;

    @Inject
    ReviewedFindings reviews;

    private final Clock clock = Clock.systemUTC();
    private final AssessmentCache cache = new AssessmentCache();
    private volatile EngineFor engine;

    /** The last step of start-up: every assessment is made in the background, on the container's executor. */
    public void refreshInBackground() {
        if (executor != null) {
            executor.execute(() -> {
                try {
                    long start = System.nanoTime();
                    refresh();
                    LOG.info(() -> String.format("lexgap: assessments made in %.1f s",
                            (System.nanoTime() - start) / 1e9));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "assessments not made at start-up; they are made when asked for", e);
                }
            });
        }
    }

    public Assessment assess(CountryProfile country, Checklist checklist) {
        Map<String, Finding> findings = reviews.forAssessment(country.code(), checklist.id());
        EngineFor current = engine();
        AssessmentCache.Inputs inputs = new AssessmentCache.Inputs(current.corpus(), country, findings,
                LocalDate.now(clock));
        return cache.get(new AssessmentCache.Key(country.code(), checklist.id(), checklist.version()), inputs,
                () -> Illustrations.attach(current.corpus(), current.engine().assess(country, checklist, findings)));
    }

    /**
     * Makes now every assessment whose inputs changed (after an import: the State it touched), so that the next
     * visitor does not wait for it.
     */
    public void refresh() {
        Corpus corpus = corpusService.corpus();
        for (Checklist checklist : corpus.checklists()) {
            for (CountryProfile country : corpus.countries()) {
                assess(country, checklist);
            }
        }
    }

    private EngineFor engine() {
        Corpus corpus = corpusService.corpus();
        EngineFor current = engine;
        if (current == null || current.corpus() != corpus) {
            // a corpus newer than the last CorpusChanged this bean saw (or the first one)
            current = new EngineFor(corpus, new AssessmentEngine(corpus, clock));
            engine = current;
        }
        return current;
    }

    /** A new corpus: the engine is built again for it on next use. */
    void onCorpusChanged(@Observes CorpusChanged event) {
        engine = null;
    }

    /** The engine built for one corpus instance (rebuilt when the corpus is reloaded). */
    private record EngineFor(Corpus corpus, AssessmentEngine engine) {
    }
}
