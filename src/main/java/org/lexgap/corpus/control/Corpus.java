package org.lexgap.corpus.control;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.Vocabulary;

/** The loaded, validated corpus: immutable, ordered as the files are, looked up by id. */
public final class Corpus {

    private final Map<String, Instrument> instruments;
    private final Map<String, CountryProfile> countries;
    private final Map<String, Checklist> checklists;
    private final Thesaurus thesaurus;
    private final Map<String, Vocabulary> vocabularies;
    private final Map<String, Provision> provisions;
    private final Map<String, CourtDecision> decisions;
    private final Map<String, List<Observation>> observations;

    Corpus(List<Instrument> instruments, List<CountryProfile> countries, List<Checklist> checklists,
           Thesaurus thesaurus, List<Vocabulary> vocabularies, List<CourtDecision> decisions,
           Map<String, List<Observation>> observations) {
        this.instruments = index(instruments, Instrument::id);
        this.vocabularies = index(vocabularies, Vocabulary::language);
        this.countries = index(countries, CountryProfile::code);
        this.checklists = index(checklists, Checklist::id);
        this.thesaurus = thesaurus;
        this.decisions = index(decisions.stream().sorted(java.util.Comparator.comparing(CourtDecision::date).reversed()
                .thenComparing(CourtDecision::id)).toList(), CourtDecision::id);
        this.observations = Map.copyOf(observations);
        Map<String, Provision> all = new LinkedHashMap<>();
        instruments.forEach(i -> Provisions.of(i).forEach(p -> all.put(p.id(), p)));
        countries.forEach(c -> c.statutes().forEach(s -> Provisions.of(s).forEach(p -> all.put(p.id(), p))));
        this.provisions = Collections.unmodifiableMap(all);
    }

    private Corpus(Corpus base, Map<String, CountryProfile> countries, Map<String, Provision> provisions) {
        this.instruments = base.instruments;
        this.countries = Collections.unmodifiableMap(countries);
        this.checklists = base.checklists;
        this.thesaurus = base.thesaurus;
        this.vocabularies = base.vocabularies;
        this.provisions = Collections.unmodifiableMap(provisions);
        this.decisions = base.decisions;
        this.observations = base.observations;
    }

    /**
     * This corpus with imported provisions: one with the id of an existing provision replaces it (an instrument's
     * official text), others are added; a country code without a profile gets a minimal one (no treaty status).
     */
    public Corpus withImported(Collection<Provision> imported) {
        Map<String, Provision> all = new LinkedHashMap<>(provisions);
        Map<String, CountryProfile> allCountries = new LinkedHashMap<>(countries);
        for (Provision p : imported) {
            all.put(p.id(), p);
            if (!p.international() && !allCountries.containsKey(p.jurisdiction())) {
                allCountries.put(p.jurisdiction(), CountryProfile.minimal(p.jurisdiction(), p.language()));
            }
        }
        return new Corpus(this, allCountries, all);
    }

    private static <T> Map<String, T> index(List<T> values, java.util.function.Function<T, String> key) {
        return Collections.unmodifiableMap(values.stream().collect(Collectors.toMap(key, v -> v,
                (a, b) -> a, LinkedHashMap::new)));
    }

    public Collection<Instrument> instruments() {
        return instruments.values();
    }

    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(instruments.get(id));
    }

    public Collection<CountryProfile> countries() {
        return countries.values();
    }

    public Optional<CountryProfile> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Collection<Checklist> checklists() {
        return checklists.values();
    }

    public Optional<Checklist> checklist(String id) {
        return Optional.ofNullable(checklists.get(id));
    }

    public Thesaurus thesaurus() {
        return thesaurus;
    }

    /** How the statutes of each language phrase the concepts, by language code. */
    public Map<String, Vocabulary> vocabularies() {
        return vocabularies;
    }

    public Optional<Concept> concept(String id) {
        return thesaurus.concepts().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Collection<Provision> provisions() {
        return provisions.values();
    }

    public Optional<Provision> provision(String id) {
        return Optional.ofNullable(provisions.get(id));
    }

    /** The provisions of one instrument or statute, in document order. */
    public List<Provision> provisionsOf(String documentId) {
        return provisions.values().stream().filter(p -> p.documentId().equals(documentId)).toList();
    }

    /** The provisions of a State's statutes. */
    public List<Provision> provisionsOfCountry(String code) {
        return provisions.values().stream().filter(p -> p.jurisdiction().equals(code)).toList();
    }

    /** Every court decision, the most recent first. */
    public Collection<CourtDecision> decisions() {
        return decisions.values();
    }

    public Optional<CourtDecision> decision(String id) {
        return Optional.ofNullable(decisions.get(id));
    }

    /** The decisions that concern a State: of its courts, or of the ECtHR with the State as respondent. */
    public List<CourtDecision> decisionsOf(String code) {
        return decisions.values().stream().filter(d -> code.equals(d.country())).toList();
    }

    /** The decisions that applied (or examined) a provision. */
    public List<CourtDecision> decisionsApplying(String provisionId) {
        return decisions.values().stream().filter(d -> d.provisions().contains(provisionId)).toList();
    }

    /** The decisions concerning a State that illustrate a criterion. */
    public List<CourtDecision> decisionsIllustrating(String code, String criterionId) {
        return decisionsOf(code).stream().filter(d -> d.criteria().contains(criterionId)).toList();
    }

    /** A State's monitoring-body observations, as its {@code observations.yaml} lists them (none: empty). */
    public List<Observation> observationsOf(String code) {
        return observations.getOrDefault(code, List.of());
    }

    /** A State's observations that speak to a criterion. */
    public List<Observation> observationsOn(String code, String criterionId) {
        return observationsOf(code).stream().filter(o -> o.criteria().contains(criterionId)).toList();
    }
}
