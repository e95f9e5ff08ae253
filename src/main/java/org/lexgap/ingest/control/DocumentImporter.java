package org.lexgap.ingest.control;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.country.CountryCode;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;

/**
 * Imports one file: checks its name, size and type, extracts and splits its text within the time limit, and
 * gives every provision its id; for a document of an instrument, the id of the instrument's own provision.
 * Stores nothing: a refused file leaves no trace.
 */
public final class DocumentImporter {

    private static final Logger LOG = Logger.getLogger(DocumentImporter.class.getName());
    private static final String[] INSTRUMENT_PREFIXES = {"art", "para", "gp", "principle"};

    private final ImportLimits limits;
    private final Corpus corpus;
    private final Clock clock;
    private final ExecutorService workers;

    /** Outside a container (command line, tests): one pool of daemon threads for every importer. */
    private static final class OwnPool {
        static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lexgap-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param corpus where instruments are looked up; null when documents of instruments are not accepted */
    public DocumentImporter(ImportLimits limits, Corpus corpus, Clock clock) {
        this(limits, corpus, clock, null);
    }

    /** @param workers where extraction runs within the time limit (container-managed threads); null: own pool */
    public DocumentImporter(ImportLimits limits, Corpus corpus, Clock clock, ExecutorService workers) {
        this.limits = limits;
        this.corpus = corpus;
        this.clock = clock;
        this.workers = workers != null ? workers : OwnPool.WORKERS;
    }

    public ImportLimits limits() {
        return limits;
    }

    public ImportedDocument importFile(String fileName, String declaredType, byte[] content, DocumentMetadata meta) {
        return importFile(fileName, declaredType, content, meta, null);
    }

    /** As {@link #importFile(String, String, byte[], DocumentMetadata)}, keeping a given document id (a replacement). */
    public ImportedDocument importFile(String fileName, String declaredType, byte[] content, DocumentMetadata meta,
            String keepId) {
        String name = FileNames.check(fileName);
        if (content.length > limits.maxBytes()) {
            throw new ImportException(ImportError.TOO_LARGE, "The file has " + content.length + " bytes; at most "
                    + limits.maxBytes() + " are accepted.");
        }
        boolean instrument = !meta.jurisdiction().matches("[A-Z]{2}");
        if (instrument && (corpus == null || corpus.instrument(meta.jurisdiction()).isEmpty())) {
            throw new ImportException(ImportError.INVALID_FORM, "jurisdiction '" + meta.jurisdiction()
                    + "' is neither a country code nor an instrument in instruments/.");
        }
        if (!instrument && CountryCode.parse(meta.jurisdiction()).isEmpty()
                && (corpus == null || corpus.country(meta.jurisdiction()).isEmpty())) {
            throw new ImportException(ImportError.INVALID_FORM, "jurisdiction: "
                    + CountryCode.refusal(meta.jurisdiction()));
        }
        DocumentFormat format = FormatDetector.detect(content, name, declaredType);
        TextExtraction.Extracted extracted = withinTime(() -> TextExtraction.extract(format, content, limits,
                meta.language()));
        String documentId = keepId != null ? keepId : documentId(meta, instrument);
        String prefix = instrument ? meta.jurisdiction() : documentId;
        List<ImportedProvision> provisions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ProvisionSplitter.Split split : extracted.result().provisions()) {
            String local = split.style() == null
                    ? (extracted.result().structureFound() ? "preamble" : "text")
                    : ProvisionIds.local(split.style().prefix, split.number());
            String id = prefix + "/" + local;
            boolean attached = false;
            if (instrument && split.style() != null) {
                for (String p : INSTRUMENT_PREFIXES) {
                    String candidate = prefix + "/" + ProvisionIds.local(p, split.number());
                    if (corpus.provision(candidate).isPresent()) {
                        id = candidate;
                        attached = true;
                        break;
                    }
                }
            }
            String uniqueId = unique(id, ids);
            attached = attached && uniqueId.equals(id);
            id = uniqueId;
            ParagraphParser.Body body = ParagraphParser.parse(split.lines());
            provisions.add(new ImportedProvision(id, split.label(), split.number(), split.heading(), body.text(),
                    split.page(), body.paragraphs(), attached));
        }
        if (provisions.isEmpty()) {
            throw new ImportException(ImportError.EMPTY, "The document contains no text.");
        }
        ImportedDocument document = new ImportedDocument(documentId, 1, meta.jurisdiction(), meta.title(),
                meta.citation(), meta.language(), meta.status(), meta.validFrom(), meta.source(), name, format,
                extracted.pages(), extracted.result().structureFound(), clock.instant(), List.copyOf(provisions));
        if (document.textLength() > limits.maxTextChars()) {
            throw TextExtraction.tooMuchText("The document holds " + document.textLength() + " characters of text; "
                    + "at most " + limits.maxTextChars() + " are accepted per document.");
        }
        return document;
    }

    /** {@code <instrument>-<language>} for an instrument's text, else {@code <cc>-<slug of the citation>}. */
    static String documentId(DocumentMetadata meta, boolean instrument) {
        if (instrument) {
            return meta.jurisdiction() + "-" + meta.language();
        }
        String slug = ProvisionIds.slug(meta.citation());
        if (slug.length() > 50) {
            slug = slug.substring(0, 50).replaceAll("-+$", "");
        }
        return meta.jurisdiction().toLowerCase(java.util.Locale.ROOT) + "-" + (slug.isEmpty() ? "document" : slug);
    }

    private static String unique(String id, Set<String> ids) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "~" + n;
        }
        return candidate;
    }

    private <T> T withinTime(java.util.concurrent.Callable<T> work) {
        Future<T> future = workers.submit(work);
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ImportException(ImportError.TIMEOUT, "Processing took longer than "
                    + limits.timeout().toSeconds() + " s and was stopped.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(ImportError.TIMEOUT, "Processing was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException known) {
                throw known;
            }
            LOG.log(Level.WARNING, "import failed", e.getCause());
            throw new ImportException(ImportError.CORRUPT, "The file could not be processed ("
                    + e.getCause().getClass().getSimpleName() + ").", e.getCause());
        }
    }
}
