package org.lexgap.search.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.Provision;

/** The court decisions and observations of a corpus in the shape the index holds them. */
public final class IndexedRecords {

    public static final String CASES_GROUP = "cases/";
    public static final String OBSERVATIONS_GROUP = "observations/";

    private IndexedRecords() {
    }

    public static List<IndexedRecord> of(Corpus corpus) {
        List<IndexedRecord> records = new ArrayList<>();
        corpus.decisions().forEach(d -> records.add(decision(corpus, d)));
        corpus.countries().forEach(c -> corpus.observationsOf(c.code())
                .forEach(o -> records.add(observation(corpus, c.code(), o))));
        return records;
    }

    static IndexedRecord decision(Corpus corpus, CourtDecision d) {
        String text = String.join(" ", Stream.of(d.summary(), d.sentences(), d.donors(), d.medicalStaff())
                .filter(t -> t != null && !t.isBlank()).map(String::strip).toList());
        String citation = d.court() + ", " + d.shownDate() + (d.docket() == null ? "" : ", " + d.docket())
                + (d.ecli() == null ? "" : ", " + d.ecli());
        return new IndexedRecord(d.id(), CASES_GROUP + d.id(), SearchFields.KIND_CASE, d.country(), d.criteria(),
                topics(corpus, d.provisions()), d.name(), text, citation, d.sources().get(0), d.verified());
    }

    static IndexedRecord observation(Corpus corpus, String country, Observation o) {
        String body = o.body().name().replace('_', '-');
        return new IndexedRecord(o.id(), OBSERVATIONS_GROUP + country, SearchFields.KIND_OBSERVATION, country,
                o.criteria(), topics(corpus, o.provisions() == null ? List.of() : o.provisions()),
                body + ": " + o.document(), o.summary().strip(), o.document() + ", " + o.date() + ", para. "
                + o.paragraph(), o.source(), o.verified());
    }

    private static List<String> topics(Corpus corpus, List<String> provisions) {
        Set<String> topics = new LinkedHashSet<>();
        provisions.forEach(id -> corpus.provision(id).map(Provision::topics).ifPresent(topics::addAll));
        return List.copyOf(topics);
    }
}
