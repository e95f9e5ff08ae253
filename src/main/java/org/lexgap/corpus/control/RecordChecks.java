package org.lexgap.corpus.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lexgap.corpus.entity.CaseStep;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.ObservationsFile;
import org.lexgap.corpus.entity.Provision;

/**
 * The checks of the records that stand beside the law: court decisions ({@code cases/}) and monitoring-body
 * observations ({@code observations.yaml}). Ids and file names, States, provisions and criteria they name, dates
 * (none in the future) and sources (web addresses).
 */
final class RecordChecks {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+");

    private final Set<String> criteria;
    private final Map<String, String> provisions;
    private final Set<String> countries;
    private final List<Located<CourtDecision>> decisions;
    private final List<Located<ObservationsFile>> observations;
    private final LocalDate today = LocalDate.now();
    private final List<CorpusError> errors = new ArrayList<>();

    RecordChecks(CorpusValidator validated, List<Located<Country>> countries, List<Located<CourtDecision>> decisions,
                 List<Located<ObservationsFile>> observations) {
        this.criteria = validated.criterionIds();
        this.provisions = validated.provisionJurisdictions();
        this.countries = countries.stream().map(c -> c.value().code()).collect(Collectors.toSet());
        this.decisions = decisions;
        this.observations = observations;
    }

    List<CorpusError> run() {
        Set<String> decisionIds = decisions.stream().map(d -> d.value().id()).collect(Collectors.toSet());
        decisions.forEach(d -> checkDecision(d, decisionIds));
        Set<String> observationIds = new HashSet<>();
        for (Located<ObservationsFile> file : observations) {
            checkObservations(file, observationIds, decisionIds);
        }
        return errors;
    }

    private void checkDecision(Located<CourtDecision> file, Set<String> decisionIds) {
        CourtDecision d = file.value();
        String name = file.file().getFileName().toString();
        if (!name.equals(d.id() + ".yaml")) {
            errors.add(file.error("/id", "id '" + d.id() + "' does not match the file name '" + name + "'"));
        }
        boolean echr = CourtDecision.ECHR.equals(d.jurisdiction());
        if (!echr && !countries.contains(d.jurisdiction())) {
            errors.add(file.error("/jurisdiction", "jurisdiction '" + d.jurisdiction()
                    + "' is neither a State of the corpus nor " + CourtDecision.ECHR));
        }
        if (echr && (d.respondent() == null || !countries.contains(d.respondent()))) {
            errors.add(file.error(d.respondent() == null ? "/jurisdiction" : "/respondent", "a judgment of the "
                    + "European Court of Human Rights needs the "
                    + "respondent State, a State of the corpus (not '" + d.respondent() + "')"));
        } else if (!echr && d.respondent() != null) {
            errors.add(file.error("/respondent", "only judgments of the European Court of Human Rights ("
                    + CourtDecision.ECHR + ") have a respondent State"));
        }
        String prefix = d.jurisdiction().toLowerCase(java.util.Locale.ROOT) + "-";
        if (!ID.matcher(d.id()).matches() || !d.id().startsWith(prefix)) {
            errors.add(file.error("/id", "case id '" + d.id() + "' must be '" + prefix
                    + "<slug>' in lower-case letters, digits and dashes"));
        }
        notInFuture(file, "/date", d.date());
        if (d.datePrecision() != null && !d.datePrecision().fits(d.date())) {
            errors.add(file.error("/date", "a date known only to the " + d.datePrecision().name().toLowerCase(
                    java.util.Locale.ROOT) + " is written as its first day (" + d.datePrecision().format(d.date())
                    + (d.datePrecision() == org.lexgap.corpus.entity.DatePrecision.MONTH ? "-01" : "-01-01") + ")"));
        }
        notBlank(file, "/summary", d.summary());
        String country = d.country();
        nonEmpty(file, "/provisions", d.provisions(), "provision");
        for (int i = 0; i < d.provisions().size(); i++) {
            String id = d.provisions().get(i);
            String jurisdiction = provisions.get(id);
            if (jurisdiction == null) {
                errors.add(file.error("/provisions/" + i, "unknown provision '" + id + "'"));
            } else if (!jurisdiction.equals(country) && !jurisdiction.equals(Provision.INTERNATIONAL)) {
                errors.add(file.error("/provisions/" + i, "provision '" + id + "' is a provision of " + jurisdiction
                        + ", not of " + country + " or of an instrument"));
            }
        }
        nonEmpty(file, "/criteria", d.criteria(), "criterion");
        known(file, "/criteria", d.criteria(), criteria, "criterion");
        nonEmpty(file, "/sources", d.sources(), "source");
        for (int i = 0; i < d.sources().size(); i++) {
            address(file, "/sources/" + i, d.sources().get(i));
        }
        List<CaseStep> history = d.history() == null ? List.of() : d.history();
        for (int i = 0; i < history.size(); i++) {
            CaseStep step = history.get(i);
            notInFuture(file, "/history/" + i + "/date", step.date());
            address(file, "/history/" + i + "/source", step.source());
            if (step.decision() != null && (!decisionIds.contains(step.decision()) || step.decision().equals(d.id()))) {
                errors.add(file.error("/history/" + i + "/decision", "unknown case '" + step.decision() + "'"));
            }
        }
        List<String> related = d.related() == null ? List.of() : d.related();
        for (int i = 0; i < related.size(); i++) {
            if (!decisionIds.contains(related.get(i)) || related.get(i).equals(d.id())) {
                errors.add(file.error("/related/" + i, "unknown case '" + related.get(i) + "'"));
            }
        }
    }

    private void checkObservations(Located<ObservationsFile> file, Set<String> seen, Set<String> decisionIds) {
        String folder = file.file().getParent().getFileName().toString();
        String country = file.value().country();
        if (!country.equals(folder)) {
            errors.add(file.error("/country", "country '" + country + "' does not match the folder '" + folder + "'"));
        }
        String prefix = folder.toLowerCase(java.util.Locale.ROOT) + "-";
        List<Observation> list = file.value().observations();
        for (int i = 0; i < list.size(); i++) {
            Observation o = list.get(i);
            String at = "/observations/" + i;
            if (!ID.matcher(o.id()).matches() || !o.id().startsWith(prefix)) {
                errors.add(file.error(at + "/id", "observation id '" + o.id() + "' must be '" + prefix
                        + "<body>-<year>-<paragraph or n>' in lower-case letters, digits and dashes"));
            } else if (!seen.add(o.id()) || decisionIds.contains(o.id())) {
                errors.add(file.error(at + "/id", "duplicate id '" + o.id() + "'"));
            }
            notBlank(file, at + "/document", o.document());
            notBlank(file, at + "/paragraph", o.paragraph());
            notBlank(file, at + "/summary", o.summary());
            notInFuture(file, at + "/date", o.date());
            nonEmpty(file, at + "/criteria", o.criteria(), "criterion");
            known(file, at + "/criteria", o.criteria(), criteria, "criterion");
            List<String> discussed = o.provisions() == null ? List.of() : o.provisions();
            for (int p = 0; p < discussed.size(); p++) {
                String jurisdiction = provisions.get(discussed.get(p));
                if (jurisdiction == null) {
                    errors.add(file.error(at + "/provisions/" + p, "unknown provision '" + discussed.get(p) + "'"));
                } else if (!jurisdiction.equals(folder) && !jurisdiction.equals(Provision.INTERNATIONAL)) {
                    errors.add(file.error(at + "/provisions/" + p, "provision '" + discussed.get(p)
                            + "' is a provision of " + jurisdiction + ", not of " + folder + " or of an instrument"));
                }
            }
            address(file, at + "/source", o.source());
        }
    }

    private void known(Located<?> file, String at, List<String> values, Set<String> known, String what) {
        for (int i = 0; i < values.size(); i++) {
            if (!known.contains(values.get(i))) {
                errors.add(file.error(at + "/" + i, "unknown " + what + " '" + values.get(i) + "'"));
            }
        }
    }

    private void nonEmpty(Located<?> file, String at, List<String> values, String what) {
        if (values.isEmpty()) {
            errors.add(file.error(at, "at least one " + what + " is needed"));
        }
    }

    private void notBlank(Located<?> file, String at, String value) {
        if (value.isBlank()) {
            errors.add(file.error(at, "must not be empty"));
        }
    }

    private void notInFuture(Located<?> file, String at, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            errors.add(file.error(at, "date " + date + " is in the future"));
        }
    }

    private void address(Located<?> file, String at, String source) {
        if (!ADDRESS.matcher(source).matches()) {
            errors.add(file.error(at, "source '" + source + "' must be a web address (http:// or https://)"));
        }
    }
}
