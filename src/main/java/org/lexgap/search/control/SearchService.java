package org.lexgap.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;
import java.util.logging.Logger;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SearchResult;
import org.lexgap.search.entity.SimilarProvisions;

/**
 * Opens the index under {@code lexgap.data.dir/index} at start-up (after the corpus and the store), syncs it with
 * the corpus, and searches it. Each node has its own index; it follows the database through the documents' change log.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    public static final String INDEX_FOLDER = "index";

    @Inject
    CorpusService corpusService;

    /**
     * Container-managed threads for counting beside ranking. Not the default managed executor: Payara's has no core
     * threads and an unbounded queue, so it runs one task at a time and a search would wait behind any other task.
     */
    @Resource
    ManagedThreadFactory threads;

    private volatile ExecutorService counting;

    private volatile SearchIndex index;
    private volatile ProvisionSearcher searcher;
    private volatile String failure;

    /** The searcher; opens and syncs the index on first use. */
    public ProvisionSearcher ready() {
        ProvisionSearcher current = searcher;
        if (current == null) {
            synchronized (this) {
                if (searcher == null) {
                    searcher = open();
                }
                current = searcher;
            }
        }
        return current;
    }

    private ProvisionSearcher open() {
        try {
            Corpus corpus = corpusService.corpus();
            FieldAnalyzers analyzers = new FieldAnalyzers();
            SearchIndex opened = SearchIndex.open(corpusService.dataDir().resolve(INDEX_FOLDER), analyzers,
                    ReadConcepts.with(corpus.thesaurus(), corpus.vocabularies(), analyzers.languages()));
            SearchIndex.Sync sync = opened.sync(corpus.provisions(), IndexedRecords.of(corpus));
            LOG.info(() -> "lexgap search index: " + sync);
            index = opened;
            failure = null;
            return new ProvisionSearcher(opened, analyzers, new ProvisionQueryBuilder(analyzers,
                    new ConceptIndex(corpus.thesaurus().concepts())), counting());
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            throw e;
        }
    }

    private synchronized ExecutorService counting() {
        if (counting == null && threads != null) {
            counting = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
        }
        return counting;
    }

    public SearchResult search(SearchRequest request) {
        return ready().search(request);
    }

    public Optional<SimilarProvisions> similar(String id, int size) {
        return ready().similar(id, size);
    }

    /**
     * Brings the whole index in line with the current corpus, its provisions, decisions and observations (only the
     * units whose fingerprint changed).
     */
    public SearchIndex.Sync syncWithCorpus() {
        ready();
        Corpus corpus = corpusService.corpus();
        SearchIndex.Sync sync = index.sync(corpus.provisions(), IndexedRecords.of(corpus));
        LOG.info(() -> "lexgap search index: " + sync);
        return sync;
    }

    /** Replaces one document's provisions in the index (the import of official texts calls this). */
    public void update(String documentId, List<Provision> provisions) {
        ready();
        index.update(documentId, provisions);
    }

    public boolean isReady() {
        return searcher != null;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public String fingerprint() {
        return index == null ? "" : index.fingerprint();
    }

    @PreDestroy
    void close() {
        if (counting != null) {
            counting.shutdownNow();
        }
        if (index != null) {
            index.close();
        }
    }
}
