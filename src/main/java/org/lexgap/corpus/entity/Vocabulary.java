package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How the statutes of one language phrase the concepts ({@code checklists/vocabulary/<language>.yaml}): forms
 * grown from real official texts, beside the thesaurus terms. A form is one or more words that must stand close
 * together in one paragraph, in any order; a word is compared after the language's analysis (so inflections its
 * stemmer folds match), and a word ending in {@code *} matches any analysed word that begins with it.
 *
 * @param grownFrom the official texts the forms were read in (addresses)
 * @param concepts concept id to its forms
 * @param notRead concept id to thesaurus terms of this language that mislead when reading statutes (a search term
 *                whose stem collides with an unrelated word: "organ" and "organisation"); search keeps them
 */
public record Vocabulary(
        @JsonProperty(required = true) String language,
        @JsonProperty(required = true) List<String> grownFrom,
        @JsonProperty(required = true) Map<String, List<String>> concepts,
        Map<String, List<String>> notRead) {
}
