package org.lexgap.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.json.Mappers;

/**
 * The index: one Lucene document per provision, court decision and observation, updated a whole unit (instrument,
 * statute, imported text, decision, a State's observations) at a time. The commit's user data holds the schema
 * version, a fingerprint per unit and one for the whole index, so that {@link #sync} rebuilds only what is missing
 * or stale.
 */
public final class SearchIndex implements Closeable {

    static final String SCHEMA_KEY = "schema";
    /** The version of the concept reading (vocabularies and thesaurus) the documents were read with. */
    static final String READING_KEY = "reading";
    static final String FINGERPRINT_KEY = "fingerprint";
    private static final String DOCUMENT_KEY = "doc.";
    /**
     * Indexing buffers this much before it writes a segment: fewer, larger flushes and merges; well inside a 1 GiB
     * heap. Flushed segments are left as separate files (no compound file copy); merges decide for themselves.
     */
    static final double RAM_BUFFER_MB = 128;

    /** What {@link #sync} did. */
    public record Sync(boolean rebuilt, int updated, int removed, int unchanged) {
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> userData = new TreeMap<>();
    private volatile IndexReader languagesOf;
    private volatile Set<String> languages = Set.of();

    private final ReadConcepts readConcepts;

    private SearchIndex(Directory directory, FieldAnalyzers analyzers, ReadConcepts readConcepts) throws IOException {
        this.directory = directory;
        this.readConcepts = readConcepts;
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false);
        this.writer = new IndexWriter(directory, config);
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                reader.getIndexCommit().getUserData().forEach(userData::put);
            }
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index in a folder. */
    public static SearchIndex open(Path folder, FieldAnalyzers analyzers) {
        return open(folder, analyzers, ReadConcepts.NONE);
    }

    /** Opens (or creates) the index in a folder, reading each provision's concepts with {@code reader}. */
    public static SearchIndex open(Path folder, FieldAnalyzers analyzers, ReadConcepts reader) {
        try {
            return new SearchIndex(FSDirectory.open(folder), analyzers, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory (tests). */
    public static SearchIndex inMemory(FieldAnalyzers analyzers) {
        return inMemory(analyzers, ReadConcepts.NONE);
    }

    /** An index in memory that reads each provision's concepts with {@code reader}. */
    public static SearchIndex inMemory(FieldAnalyzers analyzers, ReadConcepts reader) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), analyzers, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #sync(Collection, Collection)} with provisions only. */
    public synchronized Sync sync(Collection<Provision> provisions) {
        return sync(provisions, List.of());
    }

    /**
     * Brings the index in line with a corpus: a full rebuild when the schema changed or the index is new,
     * otherwise only the units (a provision's document, a court decision, a State's observations) whose
     * fingerprint changed are replaced and the vanished ones removed.
     */
    public synchronized Sync sync(Collection<Provision> provisions, Collection<IndexedRecord> records) {
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, List<Provision>> documents = new LinkedHashMap<>();
        provisions.forEach(p -> documents.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p));
        documents.forEach((id, list) -> units.put(id, new Unit(() -> fingerprint(list),
                () -> list.stream().map(p -> checked(id, p)).toList())));
        Map<String, List<IndexedRecord>> groups = new LinkedHashMap<>();
        records.forEach(r -> groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
        groups.forEach((group, list) -> units.put(group, new Unit(() -> fingerprint(list),
                () -> list.stream().map(ProvisionDocuments::of).toList())));
        boolean rebuild = !SearchFields.SCHEMA_VERSION.equals(userData.get(SCHEMA_KEY))
                || !readConcepts.version().equals(userData.getOrDefault(READING_KEY, ReadConcepts.NONE.version()));
        try {
            if (rebuild) {
                writer.deleteAll();
                userData.clear();
                userData.put(SCHEMA_KEY, SearchFields.SCHEMA_VERSION);
                userData.put(READING_KEY, readConcepts.version());
            }
            int updated = 0;
            int unchanged = 0;
            for (Map.Entry<String, Unit> u : units.entrySet()) {
                String fingerprint = u.getValue().fingerprint().get();
                if (fingerprint.equals(userData.get(DOCUMENT_KEY + u.getKey()))) {
                    unchanged++;
                } else {
                    stage(u.getKey(), u.getValue().documents().get(), fingerprint);
                    updated++;
                }
            }
            int removed = 0;
            for (String key : List.copyOf(userData.keySet())) {
                if (key.startsWith(DOCUMENT_KEY) && !units.containsKey(key.substring(DOCUMENT_KEY.length()))) {
                    stage(key.substring(DOCUMENT_KEY.length()), List.of(), null);
                    removed++;
                }
            }
            if (rebuild || updated + removed > 0) {
                commit();
            }
            return new Sync(rebuild, updated, removed, unchanged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the index replaces whole, with its fingerprint and its Lucene documents, both made only when needed. */
    private record Unit(Supplier<String> fingerprint, Supplier<List<Document>> documents) {
    }

    /** Replaces every provision of one document (none: the document is removed) and commits. */
    public synchronized void update(String documentId, List<Provision> provisions) {
        stage(documentId, provisions);
        commit();
    }

    /** Replaces one document's provisions without committing; {@link #commit} makes it durable and visible. */
    public synchronized void stage(String documentId, List<Provision> provisions) {
        stage(documentId, provisions.stream().map(p -> checked(documentId, p)).toList(),
                provisions.isEmpty() ? null : fingerprint(provisions));
    }

    private Document checked(String documentId, Provision p) {
        if (!documentId.equals(p.documentId())) {
            throw new IllegalArgumentException(p.id() + " is not a provision of " + documentId);
        }
        return ProvisionDocuments.of(p, readConcepts.apply(p));
    }

    private void stage(String group, List<Document> documents, String fingerprint) {
        try {
            userData.put(SCHEMA_KEY, SearchFields.SCHEMA_VERSION);
            writer.deleteDocuments(new Term(SearchFields.GROUP, group));
            for (Document doc : documents) {
                writer.addDocument(doc);
            }
            if (documents.isEmpty()) {
                userData.remove(DOCUMENT_KEY + group);
            } else {
                userData.put(DOCUMENT_KEY + group, fingerprint);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void commit() {
        try {
            userData.put(FINGERPRINT_KEY, digest(userData.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Map<String, String> data = Map.copyOf(userData);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a function with a current searcher. */
    public <T> T search(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The languages that have a {@code text_<lang>} field in this searcher's index. */
    public Set<String> languages(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        if (reader != languagesOf) {
            Set<String> found = new TreeSet<>();
            for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
                String language = SearchFields.languageOfTextField(info.name);
                if (language != null) {
                    found.add(language);
                }
            }
            languages = Set.copyOf(found);
            languagesOf = reader;
        }
        return languages;
    }

    /** The fingerprint of everything indexed, as committed. */
    public synchronized String fingerprint() {
        return userData.getOrDefault(FINGERPRINT_KEY, "");
    }

    public synchronized Map<String, String> committedData() {
        return new HashMap<>(userData);
    }

    /** A digest of the values' JSON (provisions or records), streamed into the digest (no copy is made). */
    static String fingerprint(List<?> provisions) {
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            Mappers.json().writeValue(out, provisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 32);
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
