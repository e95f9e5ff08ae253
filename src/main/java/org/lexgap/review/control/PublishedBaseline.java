package org.lexgap.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusChanged;
import org.lexgap.corpus.control.CorpusService;

/** The published findings of the loaded corpus, read at start-up (and again when the corpus is reloaded). */
@ApplicationScoped
public class PublishedBaseline {

    private static final Logger LOG = Logger.getLogger(PublishedBaseline.class.getName());

    @Inject
    CorpusService corpusService;

    private volatile Loaded loaded;

    /** Start-up, once the corpus has loaded: reads the published findings. */
    public void start() {
        current();
    }

    /** A new corpus: the published findings are read again for it on next use. */
    void onCorpusChanged(@Observes CorpusChanged event) {
        loaded = null;
    }

    public Map<String, Finding> of(String country, String checklist) {
        return current().findings().of(country, checklist);
    }

    private Loaded current() {
        Corpus corpus = corpusService.corpus();
        Loaded now = loaded;
        if (now == null || now.corpus() != corpus) {
            PublishedFindings findings = PublishedFindings.load(corpusService.folder(), corpus);
            findings.problems().forEach(p -> LOG.severe(() -> "lexgap published findings: left out: " + p));
            now = new Loaded(corpus, findings);
            loaded = now;
        }
        return now;
    }

    private record Loaded(Corpus corpus, PublishedFindings findings) {
    }
}
