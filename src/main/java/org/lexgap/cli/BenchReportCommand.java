package org.lexgap.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.lexgap.report.control.ReportRenderer;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Times the reports of every country (PDF, HTML, CSV, JSON) after a warm-up and prints per-country and total figures. */
@Command(name = "bench-report", description = "Time the gap report of every State in the corpus, per format.")
final class BenchReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds per State (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--countries", description = "comma-separated codes (default: all)")
    private String countries;

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        ReportSource source = new ReportSource(spec, corpusOptions);
        List<String> codes = source.countries(spec, countries);
        long cold = System.nanoTime();
        ReportRenderer.render(source.report(codes.get(0)), ReportFormat.PDF);
        System.out.printf("first (cold) PDF: %.0f ms%n", (System.nanoTime() - cold) / 1e6);
        ReportFormat[] formats = ReportFormat.values();
        double[] totals = new double[formats.length];
        System.out.printf("%-4s %9s %9s %9s %9s %9s%n", "code", "pdf KB", "pdf ms", "html ms", "csv ms",
                "json ms");
        long wall = System.nanoTime();
        for (String code : codes) {
            double[] medians = new double[formats.length];
            int size = 0;
            for (int f = 0; f < formats.length; f++) {
                double[] times = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long t = System.nanoTime();
                    CountryReport report = source.report(code);
                    byte[] bytes = ReportRenderer.render(report, formats[f]);
                    times[i] = (System.nanoTime() - t) / 1e6;
                    if (formats[f] == ReportFormat.PDF) {
                        size = bytes.length;
                    }
                }
                Arrays.sort(times);
                medians[f] = times[rounds / 2];
                totals[f] += medians[f];
            }
            System.out.printf("%-4s %9.1f %9.0f %9.1f %9.1f %9.1f%n", code, size / 1024.0, medians[0],
                    medians[1], medians[2], medians[3]);
        }
        System.out.printf("all %d States (sum of medians): pdf %.1f s, html %.0f ms, csv %.0f ms, json %.0f ms; "
                        + "wall time %.1f s for %d rounds of all formats%n", codes.size(), totals[0] / 1000, totals[1],
                totals[2], totals[3], (System.nanoTime() - wall) / 1e9, rounds);
        return 0;
    }
}
