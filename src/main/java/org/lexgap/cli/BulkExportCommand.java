package org.lexgap.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lexgap.report.control.BulkExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a zip of the PDF gap reports of a set of countries (or all), with a line of progress per country. */
@Command(name = "bulk-export", description = "Write a zip of the PDF reports of some countries (default: all).")
final class BulkExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--countries", description = "comma-separated codes, e.g. DE,ES,GB (default: all)")
    private String countries;

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = {"-o", "--output"}, defaultValue = "lexgap-reports.zip",
            description = "the zip to write (default: ${DEFAULT-VALUE})")
    private Path output;

    @Override
    public Integer call() throws Exception {
        ReportSource source = new ReportSource(spec, corpusOptions);
        List<String> codes = source.countries(spec, countries);
        long start = System.nanoTime();
        Path partial = output.resolveSibling(output.getFileName() + ".part");
        List<String> failed;
        try (OutputStream out = Files.newOutputStream(partial)) {
            failed = BulkExport.write(codes, source::report, out, (position, total, code, bytes, millis) ->
                    System.out.printf("[%3d/%d] %-3s %7.1f KB %6d ms%n", position, total, code, bytes / 1024.0,
                            millis));
        } catch (RuntimeException | java.io.IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s: %d reports, %d bytes in %.1f s%n", output, codes.size() - failed.size(),
                Files.size(output), (System.nanoTime() - start) / 1e9);
        if (!failed.isEmpty()) {
            System.err.println("no report for " + String.join(", ", failed) + " (an error note in the zip instead)");
            return 1;
        }
        return 0;
    }
}
