package org.lexgap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.assessment.entity.Evidence;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.TextStatus;
import org.lexgap.reading.control.ConceptReader;
import org.lexgap.reading.entity.Paragraph;
import org.lexgap.reading.entity.Reading;
import org.lexgap.reading.control.LanguageAnalyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Shows how lexgap reads one text: the concepts of each paragraph, and the conditions and levels it shows. */
@Command(name = "read", description = "Read one text as lexgap reads an imported provision: print the concepts "
        + "found in each paragraph and, per criterion, the conditions the text shows and the level it gives alone.")
final class ReadCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "a plain-text file holding one provision")
    private Path file;

    @Option(names = "--language", required = true, description = "ISO 639-1 code of the text, e.g. de")
    private String language;

    @Option(names = "--heading", description = "the provision's heading, when it is not in the text")
    private String heading;

    @Mixin
    private CorpusOptions corpus;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file);
        Corpus loaded = corpus.load();
        Checklist checklist = corpus.checklist(loaded, spec);
        Reading reading = new ConceptReader(loaded.thesaurus(), loaded.vocabularies(), new LanguageAnalyzers())
                .read(heading, text, language);
        System.out.println("heading: " + new java.util.TreeSet<>(reading.heading()));
        for (Paragraph p : reading.paragraphs()) {
            String start = p.text().replaceAll("\\s+", " ");
            System.out.printf("¶%d %s%n    %s%n", p.index(), start.substring(0, Math.min(70, start.length())),
                    new java.util.TreeSet<>(reading.found().getOrDefault(p.index(), java.util.Map.of()).keySet()));
        }
        Provision provision = new Provision("read/text", "read", file.getFileName().toString(), "XX", "", heading,
                heading, file.getFileName().toString(), "", java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), false, null, text, language, TextStatus.OFFICIAL, null, null,
                true);
        for (var entry : new AssessmentEngine(loaded).readAlone(provision, checklist).entrySet()) {
            Evidence e = entry.getValue();
            System.out.printf("%-26s level %s  meets %s  lacks %s%n    %s%n", entry.getKey(),
                    e.suggests() < 0 ? "-" : e.suggests(), e.concepts(), e.lacks().keySet(), e.passage());
        }
        return 0;
    }
}
