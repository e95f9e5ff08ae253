package org.lexgap.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.cli.LabelledTexts.Label;
import org.lexgap.cli.LabelledTexts.Text;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.country.CountryCode;
import org.lexgap.ingest.control.DocumentForm;
import org.lexgap.ingest.control.DocumentImporter;
import org.lexgap.ingest.control.ImportLimits;
import org.lexgap.ingest.control.IndexableProvisions;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * How well lexgap reads real law it has never seen: imports each text of a folder as a user would (plain text, one
 * provision per file), and prints how often the splitter found the provision number, and the recall and precision
 * of the criteria the reading claims at level 1 or more against a lawyer's answer key, per criterion and per
 * language.
 */
@Command(name = "bench-accuracy", description = "Import every .txt file of a folder (one provision per file, an "
        + "optional 'key: value' header with language:) and print split accuracy, and recall and precision of the "
        + "criteria the automatic reading claims at level >= 1 against an answer key, per criterion and language.")
final class BenchAccuracyCommand implements Callable<Integer> {

    /** A State whose code the importer accepts, for texts whose folder names none. */
    private static final String ANY_STATE = "NZ";

    @Parameters(index = "0", description = "the folder of texts (e.g. ../shared/law-dev)")
    private Path folder;

    @Option(names = "--labels", required = true, description = "the answer key (e.g. accuracy/law-dev-labels.yaml)")
    private Path labelsFile;

    @Option(names = "--language", defaultValue = "en", description = "language of texts without a header "
            + "(default: ${DEFAULT-VALUE})")
    private String defaultLanguage;

    @Option(names = "--verbose", description = "list every miss and every claim the key does not hold")
    private boolean verbose;

    @Mixin
    private CorpusOptions corpusOptions;

    @Spec
    private CommandSpec spec;

    /** One text's outcome: the number the splitter gave and the criteria claimed with their levels. */
    record Outcome(Text text, String number, Map<String, Integer> claimed) {
    }

    @Override
    public Integer call() throws Exception {
        Map<String, Label> labels = LabelledTexts.read(labelsFile);
        Corpus corpus = corpusOptions.load();
        Checklist checklist = corpusOptions.checklist(corpus, spec);
        AssessmentEngine engine = new AssessmentEngine(corpus);
        DocumentImporter importer = new DocumentImporter(ImportLimits.DEFAULT, corpus, Clock.systemUTC());
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Text text = LabelledTexts.parse(folder, file);
            if (!labels.containsKey(text.relative())) {
                continue;
            }
            outcomes.add(read(text, importer, corpus, engine, checklist));
        }
        print(outcomes, labels, System.out);
        return 0;
    }

    private Outcome read(Text text, DocumentImporter importer, Corpus corpus, AssessmentEngine engine,
                         Checklist checklist) {
        String language = text.language(defaultLanguage);
        String folderName = text.path().getParent().getFileName().toString();
        // the folder names the State when it is a country code ("UK" is not: any code does, the reading ignores it)
        String jurisdiction = CountryCode.parse(folderName).map(CountryCode::value).orElse(ANY_STATE);
        ImportedDocument doc = importer.importFile(text.path().getFileName().toString(), "text/plain",
                text.body().getBytes(StandardCharsets.UTF_8), DocumentForm.metadata(jurisdiction,
                        text.header().getOrDefault("title", text.relative()), text.relative(), language, "official",
                        null, null));
        String number = doc.provisions().stream().map(ImportedProvision::number).filter(n -> !n.isEmpty())
                .findFirst().orElse("");
        Map<String, Integer> claimed = new TreeMap<>();
        for (Provision p : IndexableProvisions.of(doc, corpus)) {
            for (Map.Entry<String, Evidence> e : engine.readAlone(p, checklist).entrySet()) {
                if (e.getValue().suggests() >= 1) {
                    claimed.merge(e.getKey(), e.getValue().suggests(), Math::max);
                }
            }
        }
        return new Outcome(text, number, claimed);
    }

    private void print(List<Outcome> outcomes, Map<String, Label> labels, PrintStream out) {
        Tally split = new Tally();
        Map<String, Tally> splitByLanguage = new TreeMap<>();
        Tally all = new Tally();
        Map<String, Tally> byCriterion = new TreeMap<>();
        Map<String, Tally> byLanguage = new TreeMap<>();
        int levelAgrees = 0;
        List<String> misses = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Outcome o : outcomes) {
            Label label = labels.get(o.text().relative());
            String language = o.text().language(defaultLanguage);
            boolean found = sameNumber(o.number(), label.number());
            split.count(found, true);
            splitByLanguage.computeIfAbsent(language, k -> new Tally()).count(found, true);
            if (!found && verbose) {
                misses.add("number  " + o.text().relative() + ": expected " + label.number() + ", got '" + o.number() + "'");
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            label.claims().forEach(c -> expected.put(c.criterion(), c.level()));
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                boolean hit = o.claimed().containsKey(e.getKey());
                all.recall(hit);
                byCriterion.computeIfAbsent(e.getKey(), k -> new Tally()).recall(hit);
                byLanguage.computeIfAbsent(language, k -> new Tally()).recall(hit);
                if (hit && o.claimed().get(e.getKey()).equals(e.getValue())) {
                    levelAgrees++;
                }
                if (!hit) {
                    misses.add("missed  " + o.text().relative() + ": " + e.getKey() + " (level " + e.getValue() + ")");
                }
            }
            for (Map.Entry<String, Integer> c : o.claimed().entrySet()) {
                boolean right = expected.containsKey(c.getKey());
                all.precision(right);
                byCriterion.computeIfAbsent(c.getKey(), k -> new Tally()).precision(right);
                byLanguage.computeIfAbsent(language, k -> new Tally()).precision(right);
                if (!right) {
                    extra.add("claimed " + o.text().relative() + ": " + c.getKey() + " (level " + c.getValue() + ")");
                }
            }
        }
        out.printf("texts: %d (answer key: %s)%n%n", outcomes.size(), labelsFile);
        out.printf("provision number found: %d of %d (%s)%n", split.hits, split.expected, pct(split.hits, split.expected));
        splitByLanguage.forEach((l, t) -> out.printf("  %-4s %3d of %3d (%s)%n", l, t.hits, t.expected,
                pct(t.hits, t.expected)));
        out.printf("%ncriteria claimed at level >= 1: recall %s (%d of %d), precision %s (%d of %d), same level %d of %d%n",
                pct(all.hits, all.expected), all.hits, all.expected, pct(all.right, all.claimed), all.right,
                all.claimed, levelAgrees, all.hits);
        out.printf("%n%-28s %8s %10s%n", "per criterion", "recall", "precision");
        byCriterion.forEach((c, t) -> out.printf("%-28s %8s %10s%n", c, frac(t.hits, t.expected), frac(t.right, t.claimed)));
        out.printf("%n%-28s %8s %10s%n", "per language", "recall", "precision");
        byLanguage.forEach((l, t) -> out.printf("%-28s %8s %10s%n", l, frac(t.hits, t.expected), frac(t.right, t.claimed)));
        if (verbose) {
            out.println();
            misses.forEach(out::println);
            extra.forEach(out::println);
        }
    }

    /** Two provision numbers are the same when they agree once case, spaces, "§" and a final dot are set aside. */
    static boolean sameNumber(String found, String expected) {
        return canonical(found).equals(canonical(expected)) && !canonical(expected).isEmpty();
    }

    private static String canonical(String number) {
        return number == null ? "" : number.toLowerCase(Locale.ROOT).replaceAll("[\\s§]", "").replaceAll("\\.$", "");
    }

    private static String pct(int a, int b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100.0 * a / b);
    }

    private static String frac(int a, int b) {
        return b == 0 ? "-" : a + "/" + b;
    }

    /** Counts of one row: hits of the expected, and right ones among the claimed. */
    private static final class Tally {
        int expected;
        int hits;
        int claimed;
        int right;

        void count(boolean hit, boolean isExpected) {
            expected += isExpected ? 1 : 0;
            hits += hit ? 1 : 0;
        }

        void recall(boolean hit) {
            count(hit, true);
        }

        void precision(boolean isRight) {
            claimed++;
            right += isRight ? 1 : 0;
        }
    }
}
