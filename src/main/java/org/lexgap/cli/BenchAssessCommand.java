package org.lexgap.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Times the assessment of every State of a corpus (after a warm-up) and prints per-State and total figures. */
@Command(name = "bench-assess", description = "Time the assessment of every State in the corpus.")
final class BenchAssessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = "--rounds", defaultValue = "20", description = "timed rounds per State (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Override
    public Integer call() {
        long loadStart = System.nanoTime();
        Corpus corpus = corpusOptions.load();
        System.out.printf("corpus loaded in %.0f ms (%d provisions)%n", (System.nanoTime() - loadStart) / 1e6,
                corpus.provisions().size());
        Checklist checklist = corpusOptions.checklist(corpus, spec);
        long engineStart = System.nanoTime();
        AssessmentEngine engine = new AssessmentEngine(corpus);
        System.out.printf("engine built in %.0f ms%n", (System.nanoTime() - engineStart) / 1e6);
        long first = System.nanoTime();
        CountryProfile firstCountry = corpus.countries().iterator().next();
        engine.assess(firstCountry, checklist, Map.of());
        System.out.printf("first (cold) assessment: %.2f ms%n", (System.nanoTime() - first) / 1e6);
        for (CountryProfile c : corpus.countries()) {
            engine.assess(c, checklist, Map.of());
        }
        double worst = 0;
        double total = 0;
        System.out.printf("%-4s %10s %10s%n", "code", "median ms", "max ms");
        for (CountryProfile c : corpus.countries()) {
            double[] times = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                engine.assess(c, checklist, Map.of());
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            worst = Math.max(worst, times[rounds - 1]);
            total += times[rounds / 2];
            System.out.printf("%-4s %10.2f %10.2f%n", c.code(), times[rounds / 2], times[rounds - 1]);
        }
        System.out.printf("all %d States: %.1f ms (sum of medians); slowest single assessment %.2f ms%n",
                corpus.countries().size(), total, worst);
        return 0;
    }
}
