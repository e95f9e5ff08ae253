package org.lexgap.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.TextStatus;

/**
 * A reproducible synthetic corpus for the benchmark: pseudo-words per language (Zipf-distributed), English
 * summaries, official texts in six languages, topics from 50 synthetic concepts with terms in every language.
 * Documents of {@value #PER_DOCUMENT} provisions are generated one at a time, so memory stays flat.
 */
final class SyntheticCorpus {

    static final int PER_DOCUMENT = 1000;
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "ru", "it"};
    private static final String[] LATIN = {"ka", "re", "to", "mi", "sa", "lo", "ne", "vi", "da", "pu", "ri", "ge",
        "an", "tor", "ver", "ste", "mun", "ral", "ion", "ung"};
    private static final String[] CYRILLIC = {"ка", "ре", "то", "ми", "са", "ло", "не", "ви", "да", "пу", "ри", "ге",
        "ан", "тор", "вер", "сте", "мун", "рал", "ион", "ост"};
    private static final int VOCABULARY = 4000;

    private final long seed;
    private final Map<String, String[]> words = new LinkedHashMap<>();
    private final List<Concept> concepts = new ArrayList<>();

    SyntheticCorpus(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        for (String language : LANGUAGES) {
            String[] syllables = language.equals("ru") ? CYRILLIC : LATIN;
            String[] vocabulary = new String[VOCABULARY];
            for (int i = 0; i < VOCABULARY; i++) {
                StringBuilder w = new StringBuilder();
                for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                    w.append(syllables[random.nextInt(syllables.length)]);
                }
                vocabulary[i] = w.toString();
            }
            words.put(language, vocabulary);
        }
        for (int c = 0; c < 50; c++) {
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String[] v = words.get(language);
                terms.put(language, List.of(v[100 + c * 7] + " " + v[101 + c * 7], v[102 + c * 7]));
            }
            concepts.add(new Concept("concept-" + c, "concept " + c, null, terms));
        }
    }

    List<Concept> concepts() {
        return concepts;
    }

    /** The provisions of {@code size}, a document at a time. */
    Iterator<List<Provision>> documents(int size) {
        Random random = new Random(seed + size);
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < size;
            }

            @Override
            public List<Provision> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int document = made / PER_DOCUMENT;
                String language = LANGUAGES[document % LANGUAGES.length];
                String documentId = "doc-" + document;
                List<Provision> out = new ArrayList<>();
                for (int n = 1; n <= PER_DOCUMENT && made < size; n++, made++) {
                    out.add(provision(random, documentId, document, language, n));
                }
                return out;
            }
        };
    }

    private Provision provision(Random random, String documentId, int document, String language, int n) {
        String jurisdiction = document % 3 == 0 ? Provision.INTERNATIONAL
                : String.valueOf((char) ('A' + document % 26)) + (char) ('A' + document / 26 % 26);
        List<String> topics = List.of(concepts.get(random.nextInt(concepts.size())).id(),
                concepts.get(random.nextInt(concepts.size())).id());
        return new Provision(documentId + "/art-" + n, documentId, "Document " + document, jurisdiction,
                String.valueOf(n), text(random, "en", 4), text(random, language, 4), "DOC" + document + " art. " + n,
                text(random, "en", 30), topics, List.of("CRIT-" + random.nextInt(20)), List.of(), List.of(), false,
                "https://example.org/" + documentId, text(random, language, 60), language, TextStatus.OFFICIAL,
                LocalDate.of(2020, 1, 1), null, document % 2 == 0);
    }

    private String text(Random random, String language, int length) {
        String[] v = words.get(language);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(i == 0 ? "" : " ").append(v[zipf(random)]);
        }
        return s.toString();
    }

    private static int zipf(Random random) {
        return (int) Math.min(VOCABULARY - 1, Math.floor(Math.pow(VOCABULARY, random.nextDouble())) - 1);
    }

    /** Queries: two or three words, a concept term, or words with a citation, in the corpus's languages. */
    List<String> queries(int count) {
        Random random = new Random(seed * 31);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            out.add(switch (i % 4) {
                case 0 -> text(random, language, 2);
                case 1 -> text(random, language, 3);
                case 2 -> concepts.get(random.nextInt(concepts.size())).terms().get(language).get(0);
                default -> text(random, "en", 2) + " art. " + (1 + random.nextInt(200));
            });
        }
        return out;
    }
}
