package org.lexgap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.lexgap.ingest.control.DocumentForm;
import org.lexgap.ingest.control.DocumentImporter;
import org.lexgap.ingest.control.ImportLimits;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Pages per second of lexgap's import (extraction, cleaning, splitting) and of pdftotext on one generated PDF. */
@Command(name = "bench-import", description = "Generate a long PDF and print pages/second for lexgap's import "
        + "(extraction + cleaning + splitting) and for pdftotext (poppler-utils) on the same file, and the ratio.")
final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "500", description = "pages of the generated PDF (default: ${DEFAULT-VALUE})")
    private int pages;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs after one warm-up (default: ${DEFAULT-VALUE})")
    private int runs;

    @Override
    public Integer call() throws Exception {
        Path pdf = Files.createTempFile("lexgap-bench-", ".pdf");
        try {
            BenchPdf.write(pdf, pages);
            byte[] content = Files.readAllBytes(pdf);
            System.out.printf("generated %d pages, %.1f MB: %s%n", pages, content.length / 1e6, pdf);
            DocumentImporter importer = new DocumentImporter(new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE,
                    Duration.ofMinutes(30)), null, Clock.systemUTC());
            DocumentMetadata meta = DocumentForm.metadata("XA", "Bench", "Bench", "en", "official", null, null);
            ImportedDocument doc = importer.importFile("bench.pdf", "application/pdf", content, meta);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                importer.importFile("bench.pdf", "application/pdf", content, meta);
                best = Math.min(best, System.nanoTime() - start);
            }
            double lexgap = pages / (best / 1e9);
            System.out.printf("lexgap:    %.2f s, %.0f pages/s (best of %d after a warm-up; %d provisions)%n",
                    best / 1e9, lexgap, runs, doc.provisions().size());
            Double poppler = pdftotext(pdf);
            if (poppler == null) {
                System.out.println("pdftotext: not installed (apt-get install poppler-utils); no comparison");
                return 0;
            }
            System.out.printf("pdftotext: %.2f s, %.0f pages/s (best of %d)%n", pages / poppler, poppler, runs);
            System.out.printf("ratio lexgap/pdftotext: %.2f%n", lexgap / poppler);
            return 0;
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** Pages per second of pdftotext, best of the runs; null when it is not installed. */
    private Double pdftotext(Path pdf) throws IOException, InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                return null;
            }
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                System.out.println("pdftotext failed (exit " + (process.isAlive() ? "timeout" : process.exitValue())
                        + ")");
                return null;
            }
            if (i > 0) {
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        return pages / (best / 1e9);
    }
}
