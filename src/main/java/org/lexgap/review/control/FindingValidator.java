package org.lexgap.review.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.review.entity.FindingInput;
import org.lexgap.text.ControlCharacters;
import org.lexgap.text.HttpUrls;

/**
 * Checks a reviewer's finding against the corpus: the level is on the criterion's scale (or not-applicable),
 * every evidence id is a provision of that country or of an instrument (or an instrument id), the rationale is
 * within its length and holds no control character ({@link ControlCharacters}), each source is an http(s)
 * address. All problems are reported at once.
 */
public final class FindingValidator {

    public static final int MAX_RATIONALE = 4000;
    public static final int MIN_RATIONALE = 10;
    public static final int MAX_EVIDENCE = 50;
    public static final int MAX_SOURCES = 20;
    public static final int MAX_SOURCE = 500;

    private final Corpus corpus;

    public FindingValidator(Corpus corpus) {
        this.corpus = corpus;
    }

    public ValidFinding validate(String country, Criterion criterion, FindingInput input) {
        if (input == null) {
            throw new ReviewException(ReviewException.Kind.INVALID, "Send {\"level\", \"evidence\", \"rationale\", "
                    + "\"sources\"} as JSON.");
        }
        List<String> problems = new ArrayList<>();
        Level level = level(criterion, input.level(), problems);
        Status status = status(input.status(), problems);
        List<String> evidence = evidence(country, input.evidence(), problems);
        String rationale = input.rationale() == null ? ""
                : ControlCharacters.normalizeLineEnds(input.rationale()).strip();
        if (rationale.length() < MIN_RATIONALE || rationale.length() > MAX_RATIONALE) {
            problems.add("rationale: " + MIN_RATIONALE + " to " + MAX_RATIONALE + " characters (got "
                    + rationale.length() + ")");
        }
        int bad = ControlCharacters.firstForbidden(rationale);
        if (bad >= 0) {
            problems.add("rationale: the invisible character " + ControlCharacters.describe(rationale, bad)
                    + " at position " + (bad + 1) + " is not allowed (only tab and line breaks are)");
        }
        List<String> sources = input.sources() == null ? List.of() : input.sources();
        if (sources.size() > MAX_SOURCES) {
            problems.add("sources: at most " + MAX_SOURCES);
        }
        for (String source : sources) {
            if (source == null || source.isBlank() || source.strip().length() > MAX_SOURCE
                    || !HttpUrls.valid(source.strip())) {
                problems.add("sources: each an http:// or https:// address of at most " + MAX_SOURCE + " characters");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(ReviewException.Kind.INVALID, String.join("; ", problems) + ".");
        }
        return new ValidFinding(level, status, evidence, rationale, sources.stream().map(String::strip).toList());
    }

    private static Level level(Criterion criterion, String code, List<String> problems) {
        if (code != null && (criterion.levels().containsKey(code) || code.equals(Level.NOT_APPLICABLE.code()))) {
            return Level.parse(code);
        }
        problems.add("level: one of " + String.join(", ", criterion.levels().keySet()) + " or "
                + Level.NOT_APPLICABLE.code() + " (the scale of " + criterion.id() + ")");
        return null;
    }

    private static Status status(String code, List<String> problems) {
        if (code == null || code.equals(Status.DRAFT.code())) {
            return Status.DRAFT;
        }
        if (code.equals(Status.REVIEWED.code())) {
            return Status.REVIEWED;
        }
        problems.add("status: draft or reviewed (approval is POST .../approval, by another reviewer)");
        return null;
    }

    private List<String> evidence(String country, List<String> ids, List<String> problems) {
        if (ids == null) {
            problems.add("evidence: a list of provision ids (may be empty)");
            return List.of();
        }
        if (ids.size() > MAX_EVIDENCE) {
            problems.add("evidence: at most " + MAX_EVIDENCE + " provision ids");
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Optional<Provision> provision = id == null ? Optional.empty() : corpus.provision(id);
            boolean ok = provision.map(p -> p.international() || p.jurisdiction().equals(country))
                    .orElseGet(() -> id != null && corpus.instrument(id).isPresent());
            if (!ok) {
                unknown.add(id == null ? "null" : id.length() > 80 ? id.substring(0, 80) + "…" : id);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("evidence: not a provision of " + country + " or of an instrument: "
                    + String.join(", ", unknown) + " (see /api/countries/" + country + ")");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
