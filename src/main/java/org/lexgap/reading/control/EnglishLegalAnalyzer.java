package org.lexgap.reading.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's {@link EnglishAnalyzer} chain (standard tokens, possessives, lower case, English stop words, Porter
 * stemming) with one legal correction: Porter folds "organization" and "organised" into "organ", so that a
 * criminal organisation would read as a human organ; those words are stemmed to "organis" instead, in either
 * spelling.
 */
final class EnglishLegalAnalyzer extends Analyzer {

    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new StemmerOverrideFilter(result, OVERRIDES);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(true);
        for (String word : new String[] {"organization", "organizations", "organisation", "organisations",
                "organized", "organised", "organize", "organise", "organizing", "organising", "organizer",
                "organiser", "organizers", "organisers", "organizational", "organisational"}) {
            builder.add(word, "organis");
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
