package org.lexgap.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.lexgap.reading.control.LanguageAnalyzers;

/**
 * The analyzer of each index field, from the one language map: English for heading and summary, the text field's
 * language for {@code text_<code>}, else the fallback.
 */
public final class FieldAnalyzers {

    private final LanguageAnalyzers languages;
    private final Analyzer perField = new PerField();

    public FieldAnalyzers() {
        this(new LanguageAnalyzers());
    }

    public FieldAnalyzers(LanguageAnalyzers languages) {
        this.languages = languages;
    }

    public LanguageAnalyzers languages() {
        return languages;
    }

    public Analyzer forLanguage(String language) {
        return languages.forLanguage(language);
    }

    /** The analyzer of an index field. */
    public Analyzer forField(String field) {
        if (SearchFields.HEADING.equals(field) || SearchFields.SUMMARY.equals(field)) {
            return languages.forLanguage(LanguageAnalyzers.ENGLISH);
        }
        return languages.forLanguage(SearchFields.languageOfTextField(field));
    }

    /** Whether a lower-cased word is a stop word of any mapped language. */
    public boolean isStopWord(String word) {
        return languages.isStopWord(word);
    }

    /** One analyzer for the index writer, choosing per field. */
    public Analyzer perField() {
        return perField;
    }

    private final class PerField extends DelegatingAnalyzerWrapper {
        PerField() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return forField(fieldName);
        }
    }
}
