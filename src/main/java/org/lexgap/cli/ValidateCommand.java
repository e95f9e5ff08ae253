package org.lexgap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusError;
import org.lexgap.corpus.control.CorpusException;
import org.lexgap.corpus.control.CorpusLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks a corpus folder and prints every error with its file and line; exits 1 when there is any. */
@Command(name = "validate", description = "Check a corpus folder (instruments/, national-laws/, checklists/).")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".", description = "the corpus folder (default: the current folder)")
    private Path folder;

    @Override
    public Integer call() {
        try {
            Corpus corpus = CorpusLoader.load(folder);
            System.out.printf("OK: %d instruments, %d countries, %d provisions, %d checklists, %d concepts, "
                            + "%d court decisions, %d observations%n",
                    corpus.instruments().size(), corpus.countries().size(), corpus.provisions().size(),
                    corpus.checklists().size(), corpus.thesaurus().concepts().size(), corpus.decisions().size(),
                    corpus.countries().stream().mapToInt(c -> corpus.observationsOf(c.code()).size()).sum());
            return 0;
        } catch (CorpusException e) {
            for (CorpusError error : e.errors()) {
                System.err.println(error);
            }
            System.err.println(e.errors().size() + " error(s)");
            return 1;
        }
    }
}
