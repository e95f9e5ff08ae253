package org.lexgap.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.config.ConfigKeys;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.ingest.control.DocumentService;
import org.lexgap.review.control.PublishedBaseline;
import org.lexgap.review.control.ReviewService;
import org.lexgap.search.control.SearchService;
import org.lexgap.security.control.Accounts;
import org.lexgap.store.StoreService;

/**
 * The application's one start-up sequence, in this order: the corpus (YAML files), the store (database opened and
 * migrated, documents kept as files moved in, first admin, findings checked against their history, imported
 * documents put into the corpus at the change log's newest number), the search index (opened and synced with that
 * corpus), then readiness. Assessments are then made in the background, and the change log is polled on the
 * container's scheduled executor so that imports made through any node reach this node's index.
 * <p>
 * A step that fails is logged; the node then stays not ready, and the poller tries the store steps again (a
 * database that comes up after the node is picked up).
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    /** Where start-up is. */
    public enum Stage { STARTING, CORPUS, STORE, INDEX, READY, FAILED }

    @Inject
    CorpusService corpus;

    @Inject
    StoreService store;

    @Inject
    Accounts accounts;

    @Inject
    ReviewService reviews;

    @Inject
    PublishedBaseline published;

    @Inject
    DocumentService documents;

    @Inject
    SearchService search;

    @Inject
    AssessmentService assessments;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = ConfigKeys.CHANGES_POLL_INTERVAL, defaultValue = "PT1S")
    Duration pollInterval;

    private volatile Stage stage = Stage.STARTING;
    private volatile String failure;
    private volatile boolean storeDone;
    private ScheduledFuture<?> poller;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        run();
    }

    /** Runs the sequence once; safe to call again (each step is idempotent). */
    public synchronized void run() {
        try {
            stage = Stage.CORPUS;
            corpus.corpus();
            published.start();
        } catch (RuntimeException e) {
            fail("the corpus could not be loaded", e);
            return;
        }
        stage = Stage.STORE;
        startStore();
        stage = Stage.INDEX;
        try {
            search.ready();
        } catch (RuntimeException e) {
            fail("the search index could not be opened", e);
            return;
        }
        if (storeDone) {
            stage = Stage.READY;
            failure = null;
            LOG.info("lexgap: started (corpus, store, index); the change log is polled every " + pollInterval);
        }
        assessments.refreshInBackground();
        schedulePolling();
    }

    /** The store steps; true when done. */
    private boolean startStore() {
        try {
            store.database();
            accounts.start();
            reviews.start();
            documents.start();
            storeDone = true;
            return true;
        } catch (RuntimeException e) {
            fail("the database is unavailable (" + e.getMessage() + "); retrying every " + pollInterval, e);
            return false;
        }
    }

    private void schedulePolling() {
        if (scheduler == null || poller != null) {
            return;
        }
        long millis = Math.max(100, pollInterval.toMillis());
        poller = scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One round of the poller: finishes start-up if the store was missing, else applies new changes. */
    void poll() {
        try {
            if (!storeDone) {
                synchronized (this) {
                    if (!storeDone && stage != Stage.FAILED && startStore() && search.isReady()) {
                        search.syncWithCorpus();
                        stage = Stage.READY;
                        failure = null;
                        LOG.info("lexgap: the database is reachable; started");
                    }
                }
                return;
            }
            documents.catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lexgap: the change log could not be applied; trying again", e);
        }
    }

    private void fail(String what, RuntimeException e) {
        failure = what;
        LOG.log(Level.SEVERE, "lexgap start-up: " + what, e);
        if (stage != Stage.STORE) {
            stage = Stage.FAILED;
        }
    }

    public Stage stage() {
        return stage;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }
}
