package org.lexgap.ingest.control;

import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.config.ConfigKeys;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusChanged;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.search.control.SearchService;
import org.lexgap.store.StoreService;

/**
 * Imported documents in the running service: an import is committed to the database (shared by every node) with
 * an entry in the change log; this node then applies the log at once, and every other node within its polling
 * interval ({@link #catchUp()}): imported provisions join the corpus and the index, assessments follow. A refused
 * file changes nothing.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

    @Inject
    CorpusService corpusService;

    @Inject
    SearchService searchService;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_MAX_BYTES, defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_MAX_PAGES, defaultValue = "3000")
    int maxPages;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_TIMEOUT_SECONDS, defaultValue = "120")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_MAX_TEXT_CHARS, defaultValue = "2000000")
    int maxTextChars;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_MAX_STATE_TEXT_CHARS, defaultValue = "3000000")
    long maxStateTextChars;

    @Inject
    AssessmentService assessments;

    @Inject
    StoreService storeService;

    /** Container-managed threads for extraction within the time limit (see {@link #workers()}). */
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService workers;

    private volatile DocumentImporter importer;
    /** The newest change of the log this node's corpus and index hold; -1 before {@link #start()}. */
    private volatile long applied = -1;
    /** Per imported document: the index documents its provisions are part of (itself, or an instrument). */
    private Map<String, Set<String>> indexedAs = Map.of();

    /**
     * Start-up, before the search index opens: moves documents an earlier version kept as files into the database,
     * then puts every imported provision into the corpus and notes the newest change it holds. The index's own
     * start-up sync then covers them.
     */
    public synchronized void start() {
        moveInFiles();
        DocumentStore store = store();
        long latest = store.changes().latest();
        List<ImportedDocument> all = store.list();
        indexedAs = refresh(all);
        applied = latest;
        LOG.info(() -> "lexgap imported documents: " + all.size() + ", change log at " + latest);
    }

    /** Documents kept as JSON files under the data folder (before schema 4) go into the database, once. */
    private void moveInFiles() {
        DocumentFiles files = new DocumentFiles(corpusService.dataDir());
        if (!files.present()) {
            return;
        }
        List<ImportedDocument> versions = files.allVersions();
        int added = store().moveIn(versions);
        java.nio.file.Path aside = files.setAside();
        LOG.warning(() -> "lexgap: moved " + added + " of " + versions.size() + " document versions from "
                + files.folder() + " into the database; the files are kept under " + aside);
    }

    /**
     * Applies, in order, every change of the log after the newest one this node holds: the corpus takes the
     * documents as they are now, the index replaces what the changed documents touched, assessments follow.
     * Called after each write on this node and by the poller on every node. Returns the changes applied.
     */
    public synchronized int catchUp() {
        if (applied < 0) {
            return 0;
        }
        DocumentStore store = store();
        List<DocumentChanges.Change> changes = store.changes().after(applied, 100_000);
        if (changes.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> before = indexedAs;
        Map<String, Set<String>> now = refresh(store.list());
        Set<String> touched = new LinkedHashSet<>();
        for (DocumentChanges.Change change : changes) {
            touched.add(change.documentId());
            touched.addAll(before.getOrDefault(change.documentId(), Set.of()));
            touched.addAll(now.getOrDefault(change.documentId(), Set.of()));
        }
        reindex(touched);
        indexedAs = now;
        applied = changes.get(changes.size() - 1).seq();
        reassess();
        return changes.size();
    }

    /** The newest change this node holds (-1 before start-up) and the newest in the database. */
    public Lag lag() {
        return new Lag(applied, applied < 0 ? -1 : store().changes().latest());
    }

    /** How far this node's corpus and index are behind the database's change log. */
    public record Lag(long applied, long latest) {
        public long behind() {
            return applied < 0 ? -1 : Math.max(0, latest - applied);
        }
    }

    public ImportLimits limits() {
        return new ImportLimits(maxBytes, maxPages, Duration.ofSeconds(timeoutSeconds), maxTextChars,
                maxStateTextChars);
    }

    public List<ImportedDocument> list() {
        return store().list();
    }

    public Optional<ImportedDocument> find(String id) {
        return store().find(id);
    }

    public List<ImportedDocument> history(String id) {
        return store().history(id);
    }

    public synchronized ImportedDocument create(String fileName, String type, byte[] content, DocumentMetadata meta) {
        ImportedDocument document = importer().importFile(fileName, type, content, meta);
        checkStateText(document, null);
        store().create(document);
        catchUp();
        return document;
    }

    public synchronized ImportedDocument replace(String id, String fileName, String type, byte[] content,
            DocumentMetadata meta) {
        ImportedDocument old = find(id).orElseThrow(() -> new ImportException(ImportError.UNKNOWN_DOCUMENT,
                "No imported document with id '" + id + "'."));
        if (!old.jurisdiction().equals(meta.jurisdiction())) {
            throw new ImportException(ImportError.INVALID_FORM, "A replacement keeps the jurisdiction "
                    + old.jurisdiction() + "; import a document of " + meta.jurisdiction() + " separately.");
        }
        ImportedDocument imported = importer().importFile(fileName, type, content, meta, id);
        checkStateText(imported, id);
        ImportedDocument replaced = store().replace(imported);
        catchUp();
        return replaced;
    }

    public synchronized void delete(String id) {
        store().delete(id);
        catchUp();
    }

    /** A State's imported documents together hold at most {@link ImportLimits#maxStateTextChars()} characters. */
    private void checkStateText(ImportedDocument document, String replacedId) {
        long others = store().textLength(document.jurisdiction(), replacedId);
        long limit = limits().maxStateTextChars();
        if (others + document.textLength() > limit) {
            throw new ImportException(ImportError.TOO_MUCH_TEXT, document.jurisdiction() + " would hold "
                    + (others + document.textLength()) + " characters of imported text; at most " + limit
                    + " are accepted per State (this document: " + document.textLength() + ").");
        }
    }

    /** Puts the given imported documents into the corpus; returns per document the index documents it touches. */
    private Map<String, Set<String>> refresh(List<ImportedDocument> documents) {
        Corpus corpus = corpusService.corpus();
        List<Provision> all = new ArrayList<>();
        Map<String, Set<String>> indexed = new HashMap<>();
        for (ImportedDocument document : documents) {
            List<Provision> provisions = IndexableProvisions.of(document, corpus);
            all.addAll(provisions);
            Set<String> ids = new LinkedHashSet<>();
            ids.add(document.id());
            provisions.forEach(p -> ids.add(p.documentId()));
            indexed.put(document.id(), ids);
        }
        corpusService.useImported(all);
        return indexed;
    }

    /** After a change: makes the assessments it touched before answering, so that no visitor waits for them. */
    private void reassess() {
        try {
            assessments.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "assessments not made again after an import", e);
        }
    }

    /** Replaces in the search index the provisions of the index documents a change touched. */
    private void reindex(Set<String> documents) {
        if (!searchService.isReady()) {
            return;
        }
        for (String documentId : documents) {
            try {
                searchService.update(documentId, corpusService.corpus().provisionsOf(documentId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "search index not updated for " + documentId, e);
            }
        }
    }

    private DocumentStore store() {
        return new DocumentStore(storeService.database());
    }

    /** A new corpus: the importer looks instruments up in it from the next import on. */
    void onCorpusChanged(@Observes CorpusChanged event) {
        importer = null;
    }

    /**
     * A pool of the container's managed threads, grown as imports need (an extraction stopped at its time limit may
     * keep its thread a while: a fixed pool, or Payara's default executor with its one thread, would make the next
     * import wait). Shut down with the application.
     */
    private synchronized ExecutorService workers() {
        if (workers == null && threads != null) {
            workers = Executors.newCachedThreadPool(threads);
        }
        return workers;
    }

    @PreDestroy
    synchronized void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private DocumentImporter importer() {
        if (importer == null) {
            importer = new DocumentImporter(limits(), corpusService.corpus(), Clock.systemUTC(), workers());
        }
        return importer;
    }
}
