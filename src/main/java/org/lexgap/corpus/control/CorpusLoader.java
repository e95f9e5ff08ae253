package org.lexgap.corpus.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.ObservationsFile;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.Vocabulary;

/**
 * Loads a corpus folder ({@code instruments/}, {@code national-laws/}, {@code checklists/} and, when present,
 * {@code cases/}) and validates it whole: every error of every file is collected, then reported at once with file
 * and line.
 */
public final class CorpusLoader {

    public static final String INSTRUMENTS = "instruments";
    public static final String NATIONAL_LAWS = "national-laws";
    public static final String CHECKLISTS = "checklists";
    /** Court decisions, one file each; optional. */
    public static final String CASES = "cases";
    public static final String THESAURUS_FILE = "thesaurus.yaml";
    public static final String COUNTRY_FILE = "country.yaml";
    /** Published reviewer findings beside the statutes: not a statute (org.lexgap.review reads it). */
    public static final String FINDINGS_FILE = "findings.yaml";
    /** How statutes phrase the concepts, one file per language: {@code checklists/vocabulary/<language>.yaml}. */
    public static final String VOCABULARY = "vocabulary";
    /** A State's monitoring-body observations beside the statutes: not a statute. */
    public static final String OBSERVATIONS_FILE = "observations.yaml";

    private CorpusLoader() {
    }

    public static Corpus load(Path root) {
        List<CorpusError> errors = new ArrayList<>();
        for (String folder : List.of(INSTRUMENTS, NATIONAL_LAWS, CHECKLISTS)) {
            if (!Files.isDirectory(root.resolve(folder))) {
                errors.add(new CorpusError(root.resolve(folder), 0, "missing folder"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CorpusException(errors);
        }
        Path thesaurusFile = root.resolve(CHECKLISTS).resolve(THESAURUS_FILE);
        Optional<Located<Thesaurus>> thesaurus = Files.exists(thesaurusFile)
                ? YamlBinder.bind(thesaurusFile, Thesaurus.class, errors) : Optional.empty();
        if (!Files.exists(thesaurusFile)) {
            errors.add(new CorpusError(thesaurusFile, 0, "missing file: the thesaurus of concepts"));
        }
        List<Located<Checklist>> checklists = yamlFiles(root.resolve(CHECKLISTS))
                .filter(f -> !f.getFileName().toString().equals(THESAURUS_FILE))
                .flatMap(f -> YamlBinder.bind(f, Checklist.class, errors).stream()).toList();
        Path vocabularyFolder = root.resolve(CHECKLISTS).resolve(VOCABULARY);
        List<Located<Vocabulary>> vocabularies = Files.isDirectory(vocabularyFolder)
                ? yamlFiles(vocabularyFolder).flatMap(f -> YamlBinder.bind(f, Vocabulary.class, errors).stream()).toList()
                : List.of();
        List<Located<Instrument>> instruments = yamlFiles(root.resolve(INSTRUMENTS))
                .flatMap(f -> YamlBinder.bind(f, Instrument.class, errors).stream()).toList();
        List<Located<Country>> countries = new ArrayList<>();
        List<Located<Statute>> statutes = new ArrayList<>();
        List<Located<ObservationsFile>> observations = new ArrayList<>();
        for (Path folder : folders(root.resolve(NATIONAL_LAWS))) {
            Path countryFile = folder.resolve(COUNTRY_FILE);
            if (!Files.exists(countryFile)) {
                errors.add(new CorpusError(countryFile, 0, "missing file: every State folder needs a country.yaml"));
            } else {
                YamlBinder.bind(countryFile, Country.class, errors).ifPresent(countries::add);
            }
            Path observationsFile = folder.resolve(OBSERVATIONS_FILE);
            if (Files.exists(observationsFile)) {
                YamlBinder.bind(observationsFile, ObservationsFile.class, errors).ifPresent(observations::add);
            }
            yamlFiles(folder).filter(f -> !List.of(COUNTRY_FILE, FINDINGS_FILE, OBSERVATIONS_FILE)
                            .contains(f.getFileName().toString()))
                    .forEach(f -> YamlBinder.bind(f, Statute.class, errors).ifPresent(statutes::add));
        }
        Path casesFolder = root.resolve(CASES);
        List<Located<CourtDecision>> decisions = Files.isDirectory(casesFolder)
                ? yamlFiles(casesFolder).flatMap(f -> YamlBinder.bind(f, CourtDecision.class, errors).stream()).toList()
                : List.of();
        if (!errors.isEmpty()) {
            // references into a file that could not be read would only repeat its error
            throw new CorpusException(errors);
        }
        CorpusValidator validator = new CorpusValidator(thesaurus.orElse(null), checklists, instruments, countries,
                statutes, vocabularies);
        errors.addAll(validator.validate());
        errors.addAll(new RecordChecks(validator, countries, decisions, observations).run());
        if (!errors.isEmpty()) {
            throw new CorpusException(errors);
        }
        List<CountryProfile> profiles = countries.stream().map(c -> new CountryProfile(c.value(),
                statutes.stream().map(Located::value)
                        .filter(s -> s.jurisdiction().equals(c.value().code())).toList())).toList();
        return new Corpus(instruments.stream().map(Located::value).toList(), profiles,
                checklists.stream().map(Located::value).toList(), thesaurus.get().value(),
                vocabularies.stream().map(Located::value).toList(),
                decisions.stream().map(Located::value).toList(),
                observations.stream().map(Located::value).collect(Collectors.toMap(ObservationsFile::country,
                        ObservationsFile::observations, (a, b) -> a)));
    }

    private static Stream<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> folders(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
