package org.lexgap.search.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.Vocabulary;
import org.lexgap.reading.control.ConceptReader;
import org.lexgap.reading.control.LanguageAnalyzers;

/**
 * The concepts the index records as read in each provision's own words: our English summary and heading, and the
 * original heading and official text in their language, read as the assessment reads them. Its version changes
 * with the thesaurus and the vocabularies, and a changed version rebuilds the index.
 */
public interface ReadConcepts extends Function<Provision, Set<String>> {

    /** Reads nothing (the synthetic corpus of the benchmark). */
    ReadConcepts NONE = new ReadConcepts() {
        @Override
        public Set<String> apply(Provision p) {
            return Set.of();
        }

        @Override
        public String version() {
            return "none";
        }
    };

    /** Changes whenever what it reads could change. */
    String version();

    static ReadConcepts with(Thesaurus thesaurus, Map<String, Vocabulary> vocabularies, LanguageAnalyzers analyzers) {
        ConceptReader reader = new ConceptReader(thesaurus, vocabularies, analyzers);
        String version = digest(thesaurus.toString() + vocabularies.toString());
        return new ReadConcepts() {
            @Override
            public Set<String> apply(Provision p) {
                Set<String> concepts = new HashSet<>();
                if (p.summary() != null && !p.summary().isBlank() || p.heading() != null) {
                    concepts.addAll(reader.read(p.heading(), p.summary(), LanguageAnalyzers.ENGLISH).concepts());
                }
                if (p.officialText() != null) {
                    concepts.addAll(reader.read(p.originalHeading(), p.officialText(), p.language()).concepts());
                } else if (p.originalHeading() != null && p.language() != null) {
                    concepts.addAll(reader.read(p.originalHeading(), "", p.language()).concepts());
                }
                return concepts;
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
