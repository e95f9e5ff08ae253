package org.lexgap.ingest.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.json.Mappers;

/**
 * Where imported documents are kept, as JSON files: {@code <data>/documents/<id>.json} for the current version
 * and {@code <data>/documents/history/<id>/v<n>.json} for replaced ones. Every write goes to a temporary file
 * first and is then moved into place, so a crash never leaves half a document. The one persistence class of the
 * import: the database can replace it behind the same methods.
 */
public final class DocumentStore {

    private static final String ID = "[a-z0-9][a-z0-9-]{0,120}";

    private final Path folder;

    public DocumentStore(Path dataDir) {
        this.folder = dataDir.resolve("documents");
    }

    public Path folder() {
        return folder;
    }

    public synchronized List<ImportedDocument> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .map(DocumentStore::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public synchronized Optional<ImportedDocument> find(String id) {
        Path file = current(id);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Older versions, oldest first. */
    public synchronized List<ImportedDocument> history(String id) {
        Path dir = folder.resolve("history").resolve(checked(id));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(DocumentStore::read).sorted(Comparator.comparingInt(ImportedDocument::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    public synchronized ImportedDocument create(ImportedDocument document) {
        if (Files.exists(current(document.id()))) {
            throw new ImportException(ImportError.DUPLICATE_DOCUMENT, "A document with id '" + document.id()
                    + "' exists; replace it with PUT /api/documents/" + document.id() + " or delete it first.");
        }
        write(current(document.id()), document);
        return document;
    }

    /** Keeps the current version as history and stores the new one with the next version number. */
    public synchronized ImportedDocument replace(ImportedDocument document) {
        ImportedDocument old = find(document.id()).orElseThrow(() -> unknown(document.id()));
        ImportedDocument next = document.withVersion(old.version() + 1);
        write(folder.resolve("history").resolve(old.id()).resolve("v" + old.version() + ".json"), old);
        write(current(document.id()), next);
        return next;
    }

    /** Removes a document and its history. */
    public synchronized void delete(String id) {
        Path file = current(id);
        if (!Files.exists(file)) {
            throw unknown(id);
        }
        try {
            Files.delete(file);
            Path history = folder.resolve("history").resolve(id);
            if (Files.isDirectory(history)) {
                try (Stream<Path> files = Files.walk(history)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private Path current(String id) {
        return folder.resolve(checked(id) + ".json");
    }

    private static String checked(String id) {
        if (id == null || !id.matches(ID)) {
            throw unknown(String.valueOf(id));
        }
        return id;
    }

    private static ImportException unknown(String id) {
        return new ImportException(ImportError.UNKNOWN_DOCUMENT, "No imported document with id '"
                + id.replaceAll("\\p{Cntrl}", "?") + "'.");
    }

    private static ImportedDocument read(Path file) {
        try {
            return Mappers.json().readValue(file.toFile(), ImportedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, ImportedDocument document) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".import-", ".tmp");
            try {
                Mappers.json().writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), document);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
