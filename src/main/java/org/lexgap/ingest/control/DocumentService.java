package org.lexgap.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.config.ConfigKeys;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;

/**
 * Imported documents in the running service: imports into the store, then puts every imported provision into the
 * corpus (assessments are recomputed from the new corpus) and, once search lands, into the index. A refused file
 * changes nothing.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    CorpusService corpusService;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_MAX_BYTES, defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_MAX_PAGES, defaultValue = "3000")
    int maxPages;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_TIMEOUT_SECONDS, defaultValue = "120")
    long timeoutSeconds;

    private volatile DocumentStore store;
    private volatile DocumentImporter importer;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        refresh();
    }

    public ImportLimits limits() {
        return new ImportLimits(maxBytes, maxPages, Duration.ofSeconds(timeoutSeconds));
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
        store().create(document);
        refresh();
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
        ImportedDocument replaced = store().replace(importer().importFile(fileName, type, content, meta, id));
        refresh();
        return replaced;
    }

    public synchronized void delete(String id) {
        store().delete(id);
        refresh();
    }

    /** Puts the current imported provisions into the corpus (and, once it exists, the search index). */
    private void refresh() {
        List<Provision> all = new ArrayList<>();
        for (ImportedDocument document : store().list()) {
            all.addAll(IndexableProvisions.of(document, corpusService.corpus()));
        }
        corpusService.useImported(all);
        // TODO(search): when org.lexgap.search lands, call SearchIndex.update(documentId, provisions) here for the
        // changed document (and remove a deleted one), so that imported text is searchable at once.
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
