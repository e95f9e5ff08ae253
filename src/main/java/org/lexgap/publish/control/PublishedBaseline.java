package org.lexgap.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;

/** The published findings of the loaded corpus, read at start-up (and again when the corpus is reloaded). */
@ApplicationScoped
public class PublishedBaseline {

    private static final Logger LOG = Logger.getLogger(PublishedBaseline.class.getName());

    @Inject
    CorpusService corpusService;

    private volatile Loaded loaded;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (corpusService.loaded()) {
            current();
        }
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
