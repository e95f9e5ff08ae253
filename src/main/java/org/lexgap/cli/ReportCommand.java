package org.lexgap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lexgap.report.control.ReportRenderer;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes one country's gap report to a file. */
@Command(name = "report", description = "Write a country's gap report (pdf, html, csv or json) to a file.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "the country code, e.g. DE")
    private String country;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf, html, csv or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = {"-o", "--output"}, description = "the file to write (default: lexgap-<CC>-<checklist>-<version>.<format>)")
    private Path output;

    @Override
    public Integer call() throws Exception {
        ReportFormat f = ReportFormat.parse(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format '" + format + "'; use pdf, html, csv or json"));
        ReportSource source = new ReportSource(spec, corpusOptions);
        String code = source.countries(spec, country).get(0);
        long start = System.nanoTime();
        CountryReport report = source.report(code.toUpperCase(Locale.ROOT));
        byte[] bytes = ReportRenderer.render(report, f);
        Path file = output != null ? output : Path.of(report.baseName() + "." + f.extension());
        Files.write(file, bytes);
        System.out.printf("%s: %d bytes in %d ms%n", file, bytes.length, (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
