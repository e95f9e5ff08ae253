package org.lexgap.ingest.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.config.ConfigKeys;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.search.control.SearchService;

/**
 * Imported documents in the running service: imports into the store, then puts every imported provision into the
 * corpus (assessments are recomputed from the new corpus) and, once search lands, into the index. A refused file
 * changes nothing.
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

    private volatile DocumentStore store;
    private volatile DocumentImporter importer;

    /**
     * Puts the imported provisions into the corpus before the search index opens (this observer runs first), so
     * that the index's one start-up sync covers them; only if the index was opened earlier is it synced again.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) @Priority(2000) Object event) {
        refresh();
        if (searchService.isReady()) {
            searchService.syncWithCorpus();
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
        refresh();
        reindex(document, null);
        reassess();
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
        refresh();
        reindex(replaced, old);
        reassess();
        return replaced;
    }

    public synchronized void delete(String id) {
        Optional<ImportedDocument> old = find(id);
        store().delete(id);
        refresh();
        old.ifPresent(d -> reindex(null, d));
        reassess();
    }

    /** A State's imported documents together hold at most {@link ImportLimits#maxStateTextChars()} characters. */
    private void checkStateText(ImportedDocument document, String replacedId) {
        long others = store().list().stream().filter(d -> d.jurisdiction().equals(document.jurisdiction()))
                .filter(d -> !d.id().equals(replacedId)).mapToLong(ImportedDocument::textLength).sum();
        long limit = limits().maxStateTextChars();
        if (others + document.textLength() > limit) {
            throw new ImportException(ImportError.TOO_MUCH_TEXT, document.jurisdiction() + " would hold "
                    + (others + document.textLength()) + " characters of imported text; at most " + limit
                    + " are accepted per State (this document: " + document.textLength() + ").");
        }
    }

    /** Puts the current imported provisions into the corpus; assessments follow the new corpus instance. */
    private void refresh() {
        List<Provision> all = new ArrayList<>();
        for (ImportedDocument document : store().list()) {
            all.addAll(IndexableProvisions.of(document, corpusService.corpus()));
        }
        corpusService.useImported(all);
    }

    /** After a change: makes the assessments it touched before answering, so that no visitor waits for them. */
    private void reassess() {
        try {
            assessments.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "assessments not made again after an import", e);
        }
    }

    /**
     * Brings the search index in line for the documents a change touched: the imported document itself and, for
     * the official text of an instrument, the instrument (whose provisions now carry, or no longer carry, it).
     */
    private void reindex(ImportedDocument now, ImportedDocument before) {
        Set<String> documents = new LinkedHashSet<>();
        for (ImportedDocument d : new ImportedDocument[] {now, before}) {
            if (d != null) {
                documents.add(d.id());
                IndexableProvisions.of(d, corpusService.corpus()).forEach(p -> documents.add(p.documentId()));
            }
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
        if (store == null) {
            store = new DocumentStore(corpusService.dataDir());
        }
        return store;
    }

    private DocumentImporter importer() {
        if (importer == null) {
            importer = new DocumentImporter(limits(), corpusService.corpus(), Clock.systemUTC());
        }
        return importer;
    }
}
