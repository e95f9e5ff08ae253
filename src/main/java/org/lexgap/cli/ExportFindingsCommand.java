package org.lexgap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.country.CountryCode;
import org.lexgap.review.control.FindingsExport;
import org.lexgap.review.entity.FindingsFile;
import org.lexgap.review.control.FindingStore;
import org.lexgap.store.Database;
import org.lexgap.store.StoreException;
import org.lexgap.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Writes a country's approved findings from the configured database to national-laws/CC/findings.yaml. */
@Command(name = "export-findings", description = "Write a State's approved findings from the configured database "
        + "to <corpus>/national-laws/<CC>/findings.yaml (the published baseline loaded at start-up).")
final class ExportFindingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", description = "country code, e.g. DE")
    private String country;

    @Mixin
    private CorpusOptions corpusOptions;

    @Override
    public Integer call() {
        String cc = CountryCode.parse(country).map(CountryCode::value).orElseThrow(() ->
                new ParameterException(spec.commandLine(), CountryCode.refusal(country)));
        Corpus corpus = corpusOptions.load();
        Checklist checklist = corpusOptions.checklist(corpus, spec);
        if (corpus.country(cc).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no State '" + cc + "' in " + corpusOptions.folder);
        }
        StoreSettings settings = StoreSettings.fromEnvironment();
        try (Database db = Database.open(settings)) {
            FindingsFile file = FindingsExport.of(cc, checklist.id(), checklist.version(),
                    new FindingStore(db).list(cc, checklist.id()));
            Path target = corpusOptions.folder.resolve(CorpusLoader.NATIONAL_LAWS).resolve(cc)
                    .resolve(CorpusLoader.FINDINGS_FILE);
            Files.writeString(target, FindingsExport.yaml(file), StandardCharsets.UTF_8);
            System.out.println("wrote " + file.findings().size() + " approved findings to " + target);
            return 0;
        } catch (StoreException | IOException e) {
            System.err.println(e.getMessage() + CreateUserCommand.lockHint(e));
            return 1;
        }
    }
}
