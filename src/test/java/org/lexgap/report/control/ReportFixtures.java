package org.lexgap.report.control;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.report.entity.CountryReport;

/**
 * The assessment fixture corpus (shipped instruments and checklist, fixture countries XA..XE, plus XF with a
 * Cyrillic and Greek native name, a provision that holds markup, a court decision and two observations) in a
 * temporary folder, with a fixed clock.
 */
final class ReportFixtures {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    final Corpus corpus;
    final AssessmentEngine engine;
    final Checklist checklist;
    final Reports reports;

    ReportFixtures(Path temp) {
        CorpusFixtures.copyTree(CorpusFixtures.SHIPPED.resolve("instruments"), temp.resolve("instruments"));
        CorpusFixtures.copyTree(CorpusFixtures.SHIPPED.resolve("checklists"), temp.resolve("checklists"));
        CorpusFixtures.copyTree(CorpusFixtures.FIXTURES.resolve("assessment/national-laws"),
                temp.resolve("national-laws"));
        CorpusFixtures.copyTree(CorpusFixtures.FIXTURES.resolve("reports/national-laws"),
                temp.resolve("national-laws"));
        CorpusFixtures.copyTree(CorpusFixtures.FIXTURES.resolve("reports/cases"), temp.resolve("cases"));
        corpus = CorpusLoader.load(temp);
        engine = new AssessmentEngine(corpus);
        checklist = corpus.checklist("thbor").orElseThrow();
        reports = new Reports(corpus, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    CountryReport report(String code) {
        CountryProfile profile = corpus.country(code).orElseThrow();
        return reports.country(engine.assess(profile, checklist, Map.of()), profile, checklist);
    }
}
