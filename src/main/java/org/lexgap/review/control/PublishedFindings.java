package org.lexgap.review.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.json.Mappers;
import org.lexgap.review.entity.FindingsFile;
import org.lexgap.review.entity.PublishedFinding;
import org.lexgap.review.entity.FindingInput;

/**
 * The published baseline: every {@code national-laws/<CC>/findings.yaml} of a corpus folder, checked against the
 * corpus. A file or finding that does not check out is left out and reported in {@link #problems()}.
 */
public final class PublishedFindings {

    public static final String FILE = CorpusLoader.FINDINGS_FILE;

    /** Per country and checklist id: findings by criterion id. */
    private final Map<String, Map<String, Finding>> byCountryAndChecklist;
    private final List<String> problems;

    private PublishedFindings(Map<String, Map<String, Finding>> findings, List<String> problems) {
        this.byCountryAndChecklist = findings;
        this.problems = problems;
    }

    public static PublishedFindings empty() {
        return new PublishedFindings(Map.of(), List.of());
    }

    public static PublishedFindings load(Path corpusRoot, Corpus corpus) {
        Map<String, Map<String, Finding>> all = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Path laws = corpusRoot.resolve(CorpusLoader.NATIONAL_LAWS);
        if (!Files.isDirectory(laws)) {
            return new PublishedFindings(all, problems);
        }
        try (Stream<Path> files = Files.list(laws)) {
            for (Path file : files.map(f -> f.resolve(FILE)).filter(Files::isRegularFile).sorted().toList()) {
                read(file, corpus, problems).ifPresent(f -> all.put(f.country() + "/" + f.checklist(),
                        findings(f, corpus, file, problems)));
            }
        } catch (IOException e) {
            problems.add(laws + ": " + e.getMessage());
        }
        return new PublishedFindings(all, List.copyOf(problems));
    }

    private static Optional<FindingsFile> read(Path file, Corpus corpus, List<String> problems) {
        try {
            FindingsFile f = Mappers.yaml().readValue(file.toFile(), FindingsFile.class);
            String folder = file.getParent().getFileName().toString();
            if (!folder.equals(f.country()) || corpus.country(f.country()).isEmpty()) {
                problems.add(file + ": country '" + f.country() + "' must be the folder's code (" + folder + ")");
                return Optional.empty();
            }
            if (corpus.checklist(f.checklist()).isEmpty()) {
                problems.add(file + ": unknown checklist '" + f.checklist() + "'");
                return Optional.empty();
            }
            return Optional.of(f);
        } catch (IOException e) {
            problems.add(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            return Optional.empty();
        }
    }

    private static Map<String, Finding> findings(FindingsFile file, Corpus corpus, Path path, List<String> problems) {
        Checklist checklist = corpus.checklist(file.checklist()).orElseThrow();
        FindingValidator validator = new FindingValidator(corpus);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (PublishedFinding p : file.findings()) {
            Optional<Criterion> criterion = checklist.areas().stream().flatMap(a -> a.criteria().stream())
                    .filter(c -> c.id().equals(p.criterion())).findFirst();
            if (criterion.isEmpty()) {
                problems.add(path + ": unknown criterion '" + p.criterion() + "'");
                continue;
            }
            if (p.author().equals(p.approver())) {
                problems.add(path + ": " + p.criterion() + ": the approver must not be the author (four eyes)");
                continue;
            }
            try {
                validator.validate(file.country(), criterion.get(), new FindingInput(p.level().code(), p.evidence(),
                        p.rationale(), p.sources(), null));
            } catch (ReviewException e) {
                problems.add(path + ": " + p.criterion() + ": " + e.getMessage());
                continue;
            }
            findings.put(p.criterion(), new Finding(file.country(), p.criterion(), p.level(), Status.APPROVED,
                    p.evidence(), p.rationale(), p.sources() == null ? List.of() : p.sources(), p.author(),
                    p.approver(), file.checklistVersion(), p.updated(), Finding.PUBLISHED));
        }
        return findings;
    }

    /** The published findings of a country under a checklist, by criterion id. */
    public Map<String, Finding> of(String country, String checklist) {
        return byCountryAndChecklist.getOrDefault(country + "/" + checklist, Map.of());
    }

    public List<String> problems() {
        return problems;
    }
}
