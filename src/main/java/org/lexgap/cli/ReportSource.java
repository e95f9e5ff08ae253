package org.lexgap.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.country.CountryCode;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.report.control.Reports;
import org.lexgap.report.entity.CountryReport;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** A corpus folder, a checklist and an engine: what the report commands make reports from. */
final class ReportSource {

    final Corpus corpus;
    final Checklist checklist;
    private final AssessmentEngine engine;
    private final Reports reports;

    ReportSource(CommandSpec spec, CorpusOptions options) {
        this.corpus = options.load();
        this.checklist = options.checklist(corpus, spec);
        this.engine = new AssessmentEngine(corpus);
        this.reports = new Reports(corpus, Clock.systemUTC());
    }

    CountryReport report(String code) {
        CountryProfile profile = corpus.country(code).orElseThrow();
        return reports.country(engine.assess(profile, checklist, Map.of()), profile, checklist);
    }

    /** The codes named (comma-separated), checked against the corpus; all countries when none is named. */
    List<String> countries(CommandSpec spec, String codes) {
        if (codes == null || codes.isBlank()) {
            return corpus.countries().stream().map(CountryProfile::code).toList();
        }
        List<String> list = Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
        for (String code : list) {
            if (corpus.country(code).isEmpty()) {
                throw new ParameterException(spec.commandLine(), CountryCode.parse(code).isEmpty()
                        ? CountryCode.refusal(code) : "no country '" + code + "' in the corpus");
            }
        }
        return list;
    }
}
