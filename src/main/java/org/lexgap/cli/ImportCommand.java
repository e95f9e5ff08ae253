package org.lexgap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lexgap.config.CommandLineConfig;
import org.lexgap.config.ConfigKeys;
import org.lexgap.config.Defaults;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.ingest.control.DocumentForm;
import org.lexgap.ingest.control.DocumentImporter;
import org.lexgap.ingest.control.DocumentStore;
import org.lexgap.ingest.control.ImportLimits;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;
import org.lexgap.store.Database;
import org.lexgap.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports every file of a folder into the document store and prints the provisions found per file. */
@Command(name = "import", description = "Import the PDF, HTML, text and Akoma Ntoso files of a folder; print the "
        + "provisions found per file and keep them in the database (LEXGAP_DB_URL, or the embedded one under --data-dir; a newer file "
        + "replaces, the old one is kept as history).")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the folder of files to import")
    private Path folder;

    @Option(names = "--jurisdiction", required = true, description = "a country code (XA) or an instrument id")
    private String jurisdiction;

    @Option(names = "--language", required = true, description = "ISO 639 code of the texts, e.g. en")
    private String language;

    @Option(names = "--status", defaultValue = "official", description = "official or translation")
    private String status;

    @Option(names = "--citation", description = "how the document is cited (default: the file name)")
    private String citation;

    @Option(names = "--valid-from", description = "the date the text is valid from (2024-01-31)")
    private String validFrom;

    @Option(names = "--source", description = "where the files come from (an address)")
    private String source;

    @Option(names = "--corpus", defaultValue = ".", description = "the corpus folder (default: the current folder)")
    private Path corpus;

    @Option(names = "--data-dir", description = "lexgap.data.dir, for the embedded database when LEXGAP_DB_URL is "
            + "unset (default: LEXGAP_DATA_DIR, else " + Defaults.DATA_DIR + ")")
    private Path dataDir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder)) {
            System.err.println("not a folder: " + folder);
            return 2;
        }
        CommandLineConfig config = CommandLineConfig.current();
        DocumentImporter importer = new DocumentImporter(limits(config), CorpusLoader.load(corpus),
                Clock.systemUTC());
        StoreSettings settings = StoreSettings.fromEnvironment(dataDir);
        try (Database db = Database.open(settings)) {
            return importAll(importer, new DocumentStore(db), settings);
        }
    }

    private int importAll(DocumentImporter importer, DocumentStore store, StoreSettings settings) throws IOException {
        int failed = 0;
        for (Path file : files()) {
            String name = file.getFileName().toString();
            try {
                String title = name.replaceFirst("\\.[^.]+$", "");
                DocumentMetadata meta = DocumentForm.metadata(jurisdiction, title, citation == null ? title : citation,
                        language, status, validFrom, source);
                ImportedDocument doc = importer.importFile(name, null, Files.readAllBytes(file), meta);
                doc = store.find(doc.id()).isPresent() ? store.replace(doc) : store.create(doc);
                print(doc);
            } catch (ImportException e) {
                failed++;
                System.err.printf("%s: refused (%d %s): %s%n", name, e.error().status(), e.error().title(),
                        e.getMessage());
            }
        }
        System.out.printf("%nstored in %s (running nodes pick the change up within seconds)%n", settings.safeUrl());
        return failed == 0 ? 0 : 1;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void print(ImportedDocument doc) {
        System.out.printf("%s -> %s (version %d, %s%s): %d provisions%s%n", doc.fileName(), doc.id(), doc.version(),
                doc.format().name().toLowerCase(), doc.pages() == null ? "" : ", " + doc.pages() + " pages",
                doc.provisions().size(), doc.structureFound() ? "" : " - no numbering found, kept as one provision");
        for (ImportedProvision p : doc.provisions()) {
            System.out.printf("  %-36s %-10s p.%-4s %s%n", p.id(), p.number(), p.page() == null ? "-" : p.page(),
                    p.heading() == null ? "" : p.heading());
        }
    }

    /** The import limits of the configuration (the server's keys), each defaulting to {@link ImportLimits#DEFAULT}. */
    static ImportLimits limits(CommandLineConfig config) {
        ImportLimits d = ImportLimits.DEFAULT;
        return new ImportLimits(
                config.get(ConfigKeys.IMPORT_MAX_BYTES).map(Long::parseLong).orElse(d.maxBytes()),
                config.get(ConfigKeys.IMPORT_MAX_PAGES).map(Integer::parseInt).orElse(d.maxPages()),
                config.get(ConfigKeys.IMPORT_TIMEOUT_SECONDS).map(s -> Duration.ofSeconds(Long.parseLong(s)))
                        .orElse(d.timeout()),
                config.get(ConfigKeys.IMPORT_MAX_TEXT_CHARS).map(Integer::parseInt).orElse(d.maxTextChars()),
                config.get(ConfigKeys.IMPORT_MAX_STATE_TEXT_CHARS).map(Long::parseLong)
                        .orElse(d.maxStateTextChars()));
    }
}
