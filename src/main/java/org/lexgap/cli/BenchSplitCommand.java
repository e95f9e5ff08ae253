package org.lexgap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lexgap.ingest.control.SplitAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Split accuracy on a folder of one-provision files with a {@code provision:} header (e.g. ../shared/law-dev). */
@Command(name = "bench-split", description = "Split every one-provision text file of a folder (header lines "
        + "'provision: …' and 'language: …', a blank line, the text) and print, per language, how many files show a "
        + "numbered heading and for how many the splitter found that number; then the misses.")
final class BenchSplitCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the folder")
    private Path folder;

    @Override
    public Integer call() throws Exception {
        System.out.print(SplitAccuracy.measure(folder).format());
        return 0;
    }
}
