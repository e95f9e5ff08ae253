package org.lexgap.ingest.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.json.Mappers;

/**
 * Imported documents as the versions before schema 4 kept them, JSON files in one node's data folder:
 * {@code <data>/documents/<id>.json} (current) and {@code <data>/documents/history/<id>/v<n>.json} (replaced).
 * Read once to move them into the database ({@link DocumentStore#moveIn}); then the folder is renamed, never deleted.
 */
public final class DocumentFiles {

    private final Path folder;

    public DocumentFiles(Path dataDir) {
        this.folder = dataDir.resolve("documents");
    }

    public Path folder() {
        return folder;
    }

    public boolean present() {
        return Files.isDirectory(folder);
    }

    /** Every version of every document in the folder: per document its history, oldest first, then the current. */
    public List<ImportedDocument> allVersions() {
        if (!present()) {
            return List.of();
        }
        List<ImportedDocument> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                ImportedDocument current = read(file);
                all.addAll(history(current.id()));
                all.add(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return all;
    }

    private List<ImportedDocument> history(String id) throws IOException {
        Path dir = folder.resolve("history").resolve(id);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).map(DocumentFiles::read)
                    .sorted(Comparator.comparingInt(ImportedDocument::version)).toList();
        }
    }

    /** Renames the folder to {@code documents.moved-<UTC time>} so that it is not read again; returns the new name. */
    public Path setAside() {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = folder.resolveSibling("documents.moved-" + stamp);
        try {
            Files.move(folder, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + folder + " to " + target, e);
        }
        return target;
    }

    private static ImportedDocument read(Path file) {
        try {
            return Mappers.json().readValue(file.toFile(), ImportedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
