package org.lexgap.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.assessment.control.CoverageByCriterion;
import org.lexgap.assessment.entity.CriterionCoverage;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.control.FactCount;
import org.lexgap.corpus.control.ProfileInventory;
import org.lexgap.corpus.entity.ProfileContents;
import org.lexgap.corpus.entity.Checklist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/**
 * Per State: statutes, provisions, unverified facts, the automatic score and what the profile holds of the THB/OR
 * offence, jurisdiction rules and a transplantation law; then the corpus totals.
 */
@Command(name = "summary", description = "List per State the provisions, unverified facts and automatic score.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpusOptions;

    @Override
    public Integer call() {
        Corpus corpus = corpusOptions.load();
        Checklist checklist = corpusOptions.checklist(corpus, spec);
        AssessmentEngine engine = new AssessmentEngine(corpus);
        System.out.printf("%-4s %-26s %8s %10s %6s %10s %6s %9s %8s  %-14s %-14s %-14s%n", "code", "name", "statutes",
                "provisions", "facts", "unverified", "score", "evidence", "unknown", "THB/OR", "juris.", "transplant");
        Map<String, List<String>> lacking = new LinkedHashMap<>();
        List<Assessment> assessments = new java.util.ArrayList<>();
        for (CountryProfile c : corpus.countries()) {
            Assessment a = engine.assess(c, checklist, Map.of());
            assessments.add(a);
            FactCount facts = FactCount.of(c);
            ProfileContents holds = ProfileInventory.of(c, corpus.thesaurus(), LocalDate.now());
            if (!holds.missing().isEmpty()) {
                lacking.put(c.code(), holds.missing());
            }
            System.out.printf("%-4s %-26.26s %8d %10d %6d %10d %6s %9s %8d  %-14s %-14s %-14s%n", c.code(),
                    c.country().name(), c.statutes().size(), corpus.provisionsOfCountry(c.code()).size(),
                    facts.facts(), facts.unverified(), a.score() == null ? "-" : String.format("%.1f", a.score()),
                    a.coverage().withEvidence() + "/" + a.coverage().criteria(), a.coverage().unknown(),
                    holds.thbOrOffence().code(), holds.jurisdiction().code(), holds.transplantLaw().code());
        }
        System.out.println();
        System.out.println("not found in the profiles (unknown, not 'absent from the law'):");
        lacking.forEach((code, missing) -> System.out.printf("  %s %s%n", code, String.join(", ", missing)));
        printCoverage(CoverageByCriterion.of(assessments), corpus.countries().size());
        FactCount national = FactCount.sum(corpus.countries().stream().map(FactCount::of).toList());
        FactCount international = FactCount.sum(corpus.instruments().stream().map(FactCount::of).toList());
        System.out.printf("%ninstruments: %d provisions; facts %d, verified %d, unverified %d%n",
                corpus.instruments().stream().mapToInt(i -> i.provisions().size()).sum(), international.facts(),
                international.facts() - international.unverified(), international.unverified());
        System.out.printf("national law: %d States, %d provisions; facts %d, verified %d, unverified %d%n",
                corpus.countries().size(), corpus.countries().stream()
                        .mapToInt(c -> corpus.provisionsOfCountry(c.code()).size()).sum(),
                national.facts(), national.facts() - national.unverified(), national.unverified());
        return 0;
    }

    /** Per criterion, how many States have a level (automatic levels: no reviewer findings counted). */
    private static void printCoverage(List<CriterionCoverage> coverage, int states) {
        System.out.printf("%nStates with a level, per criterion (of %d; automatic levels only):%n", states);
        System.out.printf("%-28s %5s %5s %5s %5s %7s%n", "criterion", "known", "2", "1", "0", "unknown");
        int known = 0;
        int cells = 0;
        for (CriterionCoverage c : coverage) {
            System.out.printf("%-28s %5d %5d %5d %5d %7d%s%n", c.criterion(), c.known(), c.fully(), c.partly(),
                    c.notMet(), c.unknown(), c.core() ? "  core" : "");
            known += c.known();
            cells += c.known() + c.unknown() + c.notApplicable();
        }
        System.out.printf("cells known: %d of %d (%.0f %%)%n", known, cells, cells == 0 ? 0.0 : 100.0 * known / cells);
    }
}
