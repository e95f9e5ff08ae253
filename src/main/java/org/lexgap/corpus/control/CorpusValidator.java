package org.lexgap.corpus.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lexgap.corpus.entity.Amendment;
import org.lexgap.corpus.entity.Area;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.InstrumentProvision;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.TreatyStatus;
import org.lexgap.corpus.entity.Vocabulary;

/**
 * Checks what a single file cannot: ids that are unique across the corpus, and every reference
 * (criterion, concept, provision, treaty, part) pointing at something that exists.
 */
final class CorpusValidator {

    /** The treaties whose status every country profile records. */
    static final List<String> TRACKED_TREATIES =
            List.of("untoc", "palermo-protocol", "cets-197", "cets-216", "cets-164", "cets-186");
    static final List<String> THESAURUS_LANGUAGES = List.of("en", "fr", "de", "es", "ru", "it", "tr", "uk");
    private static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Set<String> LEVEL_KEYS = Set.of("0", "1", "2");

    private final Located<Thesaurus> thesaurus;
    private final List<Located<Checklist>> checklists;
    private final List<Located<Instrument>> instruments;
    private final List<Located<Country>> countries;
    private final List<Located<Statute>> statutes;
    private final List<Located<Vocabulary>> vocabularies;
    private final List<CorpusError> errors = new ArrayList<>();
    private final Set<String> conceptIds = new HashSet<>();
    private final Set<String> criterionIds = new HashSet<>();
    private final Map<String, String> provisionDocuments = new HashMap<>();
    /** Provision id to its State's code, or {@link org.lexgap.corpus.entity.Provision#INTERNATIONAL}. */
    private final Map<String, String> provisionJurisdictions = new HashMap<>();

    CorpusValidator(Located<Thesaurus> thesaurus, List<Located<Checklist>> checklists,
                    List<Located<Instrument>> instruments, List<Located<Country>> countries,
                    List<Located<Statute>> statutes, List<Located<Vocabulary>> vocabularies) {
        this.thesaurus = thesaurus;
        this.vocabularies = vocabularies;
        this.checklists = checklists;
        this.instruments = instruments;
        this.countries = countries;
        this.statutes = statutes;
    }

    List<CorpusError> validate() {
        if (thesaurus != null) {
            checkThesaurus();
        }
        checklists.forEach(c -> c.value().criteria().forEach(k -> criterionIds.add(k.id())));
        instruments.forEach(this::collectInstrumentIds);
        statutes.forEach(this::collectStatuteIds);
        instruments.forEach(this::checkInstrument);
        countries.forEach(this::checkCountry);
        statutes.forEach(this::checkStatute);
        checklists.forEach(this::checkChecklist);
        vocabularies.forEach(v -> {
            expectFileName(v, v.value().language(), "/language");
            VocabularyCheck.check(v, conceptIds, thesaurus, errors);
        });
        return errors;
    }

    private void checkThesaurus() {
        List<Concept> concepts = thesaurus.value().concepts();
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            String at = "/concepts/" + i;
            if (!conceptIds.add(c.id())) {
                errors.add(thesaurus.error(at + "/id", "duplicate concept id '" + c.id() + "'"));
            }
            for (String language : THESAURUS_LANGUAGES) {
                List<String> terms = c.terms().get(language);
                if (terms == null || terms.isEmpty()) {
                    errors.add(thesaurus.error(at + "/terms", "concept '" + c.id() + "' has no terms in '" + language + "'"));
                }
            }
        }
        for (int i = 0; i < concepts.size(); i++) {
            String broader = concepts.get(i).broader();
            if (broader != null && !conceptIds.contains(broader)) {
                errors.add(thesaurus.error("/concepts/" + i + "/broader", "unknown broader concept '" + broader + "'"));
            }
        }
    }

    private void collectInstrumentIds(Located<Instrument> file) {
        Instrument instrument = file.value();
        expectFileName(file, instrument.id(), "/id");
        List<InstrumentProvision> provisions = instrument.provisions();
        for (int i = 0; i < provisions.size(); i++) {
            registerProvision(file, "/provisions/" + i + "/id", instrument.id(), provisions.get(i).id(),
                    org.lexgap.corpus.entity.Provision.INTERNATIONAL);
        }
        if (provisions.isEmpty()) {
            errors.add(file.error("/provisions", "an instrument needs at least one provision"));
        }
    }

    private void collectStatuteIds(Located<Statute> file) {
        Statute statute = file.value();
        String folder = file.file().getParent().getFileName().toString();
        if (!statute.jurisdiction().equals(folder)) {
            errors.add(file.error("/jurisdiction", "jurisdiction '" + statute.jurisdiction()
                    + "' does not match the folder '" + folder + "'"));
        }
        if (!statute.id().startsWith(folder.toLowerCase() + "-")) {
            errors.add(file.error("/id", "statute id '" + statute.id() + "' must start with '"
                    + folder.toLowerCase() + "-'"));
        }
        List<StatuteProvision> provisions = statute.provisions();
        for (int i = 0; i < provisions.size(); i++) {
            registerProvision(file, "/provisions/" + i + "/id", statute.id(), provisions.get(i).id(),
                    statute.jurisdiction());
        }
    }

    private void registerProvision(Located<?> file, String at, String documentId, String id, String jurisdiction) {
        if (!id.startsWith(documentId + "/") || !LOCAL_ID.matcher(id.substring(documentId.length() + 1)).matches()) {
            errors.add(file.error(at, "provision id '" + id + "' must be '" + documentId
                    + "/<local-id>' with a local id of lower-case letters, digits and dashes"));
        } else if (provisionDocuments.putIfAbsent(id, documentId) != null) {
            errors.add(file.error(at, "duplicate provision id '" + id + "'"));
        } else {
            provisionJurisdictions.put(id, jurisdiction);
        }
    }

    private void checkInstrument(Located<Instrument> file) {
        Instrument instrument = file.value();
        if (instrument.supplements() != null && instruments.stream()
                .noneMatch(i -> i.value().id().equals(instrument.supplements()))) {
            errors.add(file.error("/supplements", "unknown instrument '" + instrument.supplements() + "'"));
        }
        Set<String> parts = new HashSet<>();
        if (instrument.parts() != null) {
            instrument.parts().forEach(p -> parts.add(p.number()));
        }
        for (int i = 0; i < instrument.provisions().size(); i++) {
            InstrumentProvision p = instrument.provisions().get(i);
            String at = "/provisions/" + i;
            if (p.part() != null && !parts.contains(p.part())) {
                errors.add(file.error(at + "/part", "unknown part '" + p.part() + "'"));
            }
            checkReferences(file, at, p.topics(), p.criteria(), p.related(), null);
        }
    }

    private void checkStatute(Located<Statute> file) {
        Statute statute = file.value();
        if (statute.validUntil() != null && !statute.validUntil().isAfter(statute.validFrom())) {
            errors.add(file.error("/validUntil", "validUntil " + statute.validUntil() + " must be after validFrom "
                    + statute.validFrom()));
        }
        List<Amendment> amendments = statute.amendments() == null ? List.of() : statute.amendments();
        for (int i = 0; i < amendments.size(); i++) {
            LocalDate inForce = amendments.get(i).inForce();
            if (inForce != null && inForce.isBefore(statute.validFrom())) {
                errors.add(file.error("/amendments/" + i + "/inForce", "amendment in force " + inForce
                        + " before the statute's validFrom " + statute.validFrom()
                        + " (validFrom is the date of the text shipped: amendments are the later changes)"));
            }
        }
        if (statute.replacedBy() != null && statutes.stream().map(Located::value).noneMatch(other ->
                other.id().equals(statute.replacedBy()) && other.jurisdiction().equals(statute.jurisdiction()))) {
            errors.add(file.error("/replacedBy", "replacedBy '" + statute.replacedBy()
                    + "' is not a statute of " + statute.jurisdiction()));
        }
        for (int i = 0; i < statute.provisions().size(); i++) {
            StatuteProvision p = statute.provisions().get(i);
            checkReferences(file, "/provisions/" + i, p.topics(), p.criteria(), p.related(), p.implementations());
            checkEach(file, "/provisions/" + i + "/notMet", p.notMet(), criterionIds, "criterion");
            ConditionReadingCheck.check(checklists, file, "/provisions/" + i + "/conditions", p.conditions(), errors);
        }
    }

    private void checkReferences(Located<?> file, String at, List<String> topics, List<String> criteria,
                                 List<String> related, List<String> implementations) {
        if (thesaurus != null) {
            checkEach(file, at + "/topics", topics, conceptIds, "concept");
        }
        checkEach(file, at + "/criteria", criteria, criterionIds, "criterion");
        checkEach(file, at + "/related", related, provisionDocuments.keySet(), "provision");
        if (implementations != null) {
            for (int i = 0; i < implementations.size(); i++) {
                String id = implementations.get(i);
                String document = provisionDocuments.get(id);
                if (document == null || instruments.stream().noneMatch(x -> x.value().id().equals(document))) {
                    errors.add(file.error(at + "/implements/" + i, "unknown instrument provision '" + id + "'"));
                }
            }
        }
    }

    private void checkEach(Located<?> file, String at, List<String> values, Set<String> known, String what) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!known.contains(values.get(i))) {
                errors.add(file.error(at + "/" + i, "unknown " + what + " '" + values.get(i) + "'"));
            }
        }
    }

    private void checkCountry(Located<Country> file) {
        Country country = file.value();
        String folder = file.file().getParent().getFileName().toString();
        if (!COUNTRY_CODE.matcher(country.code()).matches() || !country.code().equals(folder)) {
            errors.add(file.error("/code", "code '" + country.code() + "' must be the folder name '" + folder
                    + "', an ISO 3166-1 alpha-2 code in capitals"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < country.treaties().size(); i++) {
            TreatyStatus t = country.treaties().get(i);
            String at = "/treaties/" + i;
            if (!TRACKED_TREATIES.contains(t.treaty())) {
                errors.add(file.error(at + "/treaty", "unknown treaty '" + t.treaty() + "'; expected one of "
                        + TRACKED_TREATIES));
            } else if (!seen.add(t.treaty())) {
                errors.add(file.error(at + "/treaty", "treaty '" + t.treaty() + "' is listed twice"));
            }
            if (t.reservations() != null) {
                for (int r = 0; r < t.reservations().size(); r++) {
                    checkEach(file, at + "/reservations/" + r + "/narrows", t.reservations().get(r).narrows(),
                            criterionIds, "criterion");
                }
            }
        }
        TRACKED_TREATIES.stream().filter(t -> !seen.contains(t)).forEach(t ->
                errors.add(file.error("/treaties", "treaty '" + t + "' is missing (use status: unknown)")));
    }

    private void checkChecklist(Located<Checklist> file) {
        Checklist checklist = file.value();
        expectFileName(file, checklist.id(), "/id");
        Set<String> ids = new HashSet<>();
        for (int a = 0; a < checklist.areas().size(); a++) {
            Area area = checklist.areas().get(a);
            for (int c = 0; c < area.criteria().size(); c++) {
                String at = "/areas/" + a + "/criteria/" + c;
                Criterion criterion = area.criteria().get(c);
                if (!ids.add(criterion.id())) {
                    errors.add(file.error(at + "/id", "duplicate criterion id '" + criterion.id() + "'"));
                }
                new CriterionChecks(file, at, criterion, errors, conceptIds, provisionDocuments.keySet()).run();
            }
        }
    }

    private void expectFileName(Located<?> file, String id, String at) {
        String name = file.file().getFileName().toString();
        if (!name.equals(id + ".yaml")) {
            errors.add(file.error(at, "id '" + id + "' does not match the file name '" + name + "'"));
        }
    }

    static boolean isLocalId(String id) {
        return id != null && LOCAL_ID.matcher(id).matches();
    }

    /** The criterion ids of every checklist (after {@link #validate}). */
    Set<String> criterionIds() {
        return criterionIds;
    }

    /** Every provision id with its State's code or "international" (after {@link #validate}). */
    Map<String, String> provisionJurisdictions() {
        return provisionJurisdictions;
    }

    static boolean isLevelKey(String key) {
        return LEVEL_KEYS.contains(key);
    }

}
