package org.lexgap.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lexgap.assessment.control.ReviewedFindings;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusService;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.review.entity.FindingInput;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.review.entity.HistoryEntry;
import org.lexgap.review.entity.StoredFinding;
import org.lexgap.store.StoreException;
import org.lexgap.store.StoreService;

/** Reviewer findings of the running application: validated writes, reads, history, and what the engine sees. */
@ApplicationScoped
public class ReviewService implements ReviewedFindings {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());

    @Inject
    CorpusService corpusService;

    @Inject
    StoreService store;

    @Inject
    PublishedBaseline published;

    /** At start-up: findings whose row fell behind their history get the version the history acknowledged. */
    public void start() {
        try {
            List<FindingKey> restored = findings().restoreFromHistory();
            if (!restored.isEmpty()) {
                LOG.warning(() -> "findings restored to the newest version of their history: " + restored);
            }
        } catch (StoreException e) {
            LOG.log(Level.SEVERE, "findings not checked against their history: " + e.getMessage());
        }
    }

    public StoredFinding find(FindingKey key) {
        criterion(key);
        return findings().find(key).orElseThrow(() -> new ReviewException(ReviewException.Kind.NOT_FOUND,
                "No reviewer finding for " + key.criterion() + " of " + key.country() + " yet."));
    }

    public StoredFinding save(FindingKey key, FindingInput input, Precondition pre, String actor) {
        Criterion criterion = criterion(key);
        ValidFinding valid = new FindingValidator(corpus()).validate(key.country(), criterion, input);
        return findings().save(key, checklist(key).version(), valid, pre, actor);
    }

    public StoredFinding approve(FindingKey key, Precondition pre, String actor) {
        criterion(key);
        return findings().approve(key, pre, actor);
    }

    public List<HistoryEntry> history(FindingKey key) {
        criterion(key);
        return findings().history(key);
    }

    public List<StoredFinding> stored(String country, String checklist) {
        return findings().list(country, checklist);
    }

    /**
     * What the engine uses for a country: the published findings, replaced by a database finding that is newer;
     * each says where it comes from ({@link Finding#source()}).
     */
    @Override
    public Map<String, Finding> forAssessment(String country, String checklist) {
        return merge(published.of(country, checklist), findings().list(country, checklist));
    }

    /** The published findings, each replaced by a stored finding of the same criterion that is newer. */
    static Map<String, Finding> merge(Map<String, Finding> published, List<StoredFinding> stored) {
        Map<String, Finding> merged = new HashMap<>(published);
        for (StoredFinding f : stored) {
            Finding baseline = merged.get(f.criterion());
            if (baseline == null || baseline.updated() == null || f.updated().isAfter(baseline.updated())) {
                merged.put(f.criterion(), f.toFinding(Finding.STORE));
            }
        }
        return merged;
    }

    private FindingStore findings() {
        return new FindingStore(store.database());
    }

    private Corpus corpus() {
        return corpusService.corpus();
    }

    private Checklist checklist(FindingKey key) {
        return corpus().checklist(key.checklist()).orElseThrow(() -> new ReviewException(
                ReviewException.Kind.NOT_FOUND, "No checklist '" + key.checklist() + "'. See /api/checklists."));
    }

    private Criterion criterion(FindingKey key) {
        if (corpus().country(key.country()).isEmpty()) {
            throw new ReviewException(ReviewException.Kind.NOT_FOUND, "No profile for country '" + key.country()
                    + "' in the corpus. See /api/countries.");
        }
        return checklist(key).areas().stream().flatMap(a -> a.criteria().stream())
                .filter(c -> c.id().equals(key.criterion())).findFirst()
                .orElseThrow(() -> new ReviewException(ReviewException.Kind.NOT_FOUND, "No criterion '"
                        + key.criterion() + "' in checklist " + key.checklist() + "."));
    }
}
