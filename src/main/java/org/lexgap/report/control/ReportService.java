package org.lexgap.report.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.assessment.control.AssessmentService;
import org.lexgap.config.ConfigKeys;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.report.entity.Comparison;
import org.lexgap.report.entity.CountryReport;

/** Reports of the loaded corpus, from the assessments the service makes (with reviewer findings once they exist). */
@ApplicationScoped
public class ReportService {

    @Inject
    CorpusService corpusService;

    @Inject
    AssessmentService assessments;

    @Inject
    @ConfigProperty(name = ConfigKeys.REPORT_MAX_CONCURRENT_PDF, defaultValue = "2")
    int maxConcurrentPdf;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void limitRenders() {
        RenderPermits.configure(maxConcurrentPdf);
    }

    public Corpus corpus() {
        return corpusService.corpus();
    }

    public CountryReport country(CountryProfile profile, Checklist checklist) {
        return new Reports(corpus(), clock).country(assessments.assess(profile, checklist), profile, checklist);
    }

    public Comparison comparison(List<CountryProfile> countries, Checklist checklist) {
        return new Reports(corpus(), clock).comparison(
                countries.stream().map(c -> assessments.assess(c, checklist)).toList(), checklist);
    }
}
