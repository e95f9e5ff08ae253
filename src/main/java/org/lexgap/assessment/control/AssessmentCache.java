package org.lexgap.assessment.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Provision;

/**
 * The assessments made, one per country and checklist version, each with what it was made from: an assessment is
 * reused while its inputs are the same (the same corpus, or one whose provisions for that country and the
 * instruments are equal; the same reviewer findings; the same day), and made once when many ask at the same time.
 * So an import recomputes only the State it touched, and a finding only its own State.
 */
final class AssessmentCache {

    /** Which assessment. */
    record Key(String country, String checklist, String version) {
    }

    /** What an assessment is made from. */
    record Inputs(Corpus corpus, CountryProfile profile, Map<String, Finding> findings, LocalDate day) {

        boolean sameAs(Inputs other) {
            return day.equals(other.day) && findings.equals(other.findings) && (corpus == other.corpus
                    || profile.equals(other.profile) && sameProvisions(other.corpus));
        }

        private boolean sameProvisions(Corpus other) {
            String code = profile.code();
            return corpus.provisionsOfCountry(code).equals(other.provisionsOfCountry(code))
                    && international(corpus).equals(international(other));
        }

        private static List<Provision> international(Corpus corpus) {
            return corpus.provisions().stream().filter(Provision::international).toList();
        }
    }

    private record Entry(Inputs inputs, CompletableFuture<Assessment> result) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The assessment for these inputs: the one made before when they are the same, else made now (once). */
    Assessment get(Key key, Inputs inputs, Supplier<Assessment> make) {
        while (true) {
            Entry current = entries.get(key);
            if (current != null && current.inputs().sameAs(inputs)) {
                if (current.inputs().corpus() != inputs.corpus() && current.result().isDone()) {
                    // the same assessment under a new corpus: keep the new inputs, let the old corpus go
                    entries.replace(key, current, new Entry(inputs, current.result()));
                }
                return join(current.result());
            }
            Entry mine = new Entry(inputs, new CompletableFuture<>());
            boolean claimed = current == null ? entries.putIfAbsent(key, mine) == null
                    : entries.replace(key, current, mine);
            if (claimed) {
                try {
                    mine.result().complete(make.get());
                } catch (RuntimeException | Error e) {
                    mine.result().completeExceptionally(e);
                    entries.remove(key, mine);
                    throw e;
                }
                return mine.result().join();
            }
        }
    }

    int size() {
        return entries.size();
    }

    private static Assessment join(CompletableFuture<Assessment> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
