package org.lexgap.cli;

import java.nio.file.Path;
import org.lexgap.config.Defaults;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.Checklist;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of the commands that work on a corpus folder under one checklist ({@code @Mixin}). */
final class CorpusOptions {

    @Option(names = "--corpus", defaultValue = ".", description = "the corpus folder (default: the current folder)")
    Path folder;

    @Option(names = "--checklist", defaultValue = Defaults.CHECKLIST, description = "checklist id (default: ${DEFAULT-VALUE})")
    String checklistId;

    Corpus load() {
        return CorpusLoader.load(folder);
    }

    /** The named checklist of the corpus; a usage error when there is none. */
    Checklist checklist(Corpus corpus, CommandSpec spec) {
        return corpus.checklist(checklistId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no checklist '" + checklistId + "' in " + folder));
    }
}
