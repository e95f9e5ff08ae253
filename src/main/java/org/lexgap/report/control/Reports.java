package org.lexgap.report.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lexgap.assessment.control.Illustrations;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.control.FactCount;
import org.lexgap.corpus.control.ProfileInventory;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.LegalBasis;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.Participation;
import org.lexgap.report.entity.Comparison;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.UnverifiedFact;

/** Gathers what a report shows from an assessment and the corpus; the clock dates it. */
public final class Reports {

    private final Corpus corpus;
    private final Clock clock;

    public Reports(Corpus corpus, Clock clock) {
        this.corpus = corpus;
        this.clock = clock;
    }

    public CountryReport country(Assessment assessment, CountryProfile profile, Checklist checklist) {
        List<CourtDecision> decisions = corpus.decisionsOf(profile.code());
        List<Observation> observations = corpus.observationsOf(profile.code());
        List<UnverifiedFact> unverified = new ArrayList<>(UnverifiedFacts.of(profile));
        unverified.addAll(UnverifiedFacts.ofRecords(decisions, observations));
        unverified.addAll(UnverifiedFacts.of(checklist));
        Map<String, String> citations = citations(profile, checklist);
        decisions.stream().flatMap(d -> d.provisions().stream())
                .forEach(id -> corpus.provision(id).ifPresent(p -> citations.putIfAbsent(id, p.citation())));
        return new CountryReport(Illustrations.attach(corpus, assessment), profile.country(), checklist,
                clock.instant(), FactCount.of(profile).facts() + decisions.size() + observations.size(),
                List.copyOf(unverified), citations,
                summaries(assessment), ProfileInventory.of(profile, corpus.thesaurus(),
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), profile.statutes(), decisions,
                observations);
    }

    public Comparison comparison(List<Assessment> assessments, Checklist checklist) {
        return new Comparison(checklist, List.copyOf(assessments), clock.instant());
    }

    /** Citations of the checklist's legal bases and short titles of the instruments, by id. */
    private Map<String, String> citations(CountryProfile profile, Checklist checklist) {
        Map<String, String> citations = new TreeMap<>();
        corpus.instruments().forEach(i -> citations.put(i.id(), i.shortTitle()));
        checklist.criteria().flatMap(c -> c.basis().stream()).map(LegalBasis::provision).distinct()
                .forEach(id -> corpus.provision(id).ifPresent(p -> citations.put(id, p.citation())));
        profile.country().treaties().forEach(t -> citations.putIfAbsent(t.treaty(), t.treaty()));
        return citations;
    }

    /** The summaries of the provisions cited as evidence: the report quotes them as short passages. */
    private Map<String, String> summaries(Assessment assessment) {
        Map<String, String> summaries = new TreeMap<>();
        assessment.criteria().stream().flatMap(c -> c.evidence().stream())
                .forEach(e -> corpus.provision(e.provision()).ifPresent(p -> summaries.put(p.id(), p.summary())));
        return summaries;
    }

    static String participation(Participation status) {
        return switch (status) {
            case PARTY -> "party";
            case SIGNATORY -> "signatory";
            case NOT_PARTY -> "not a party";
            case UNKNOWN -> "unknown";
        };
    }
}
