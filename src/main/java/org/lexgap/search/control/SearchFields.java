package org.lexgap.search.control;

import org.lexgap.reading.control.LanguageAnalyzers;
import java.util.List;
import java.util.Locale;

/**
 * Every Lucene field name of the index, declared once. The index holds provisions and, beside them, court decisions
 * and monitoring-body observations ({@link #KIND_CASE}, {@link #KIND_OBSERVATION}) with the same fields.
 *
 * <p>Scheme: {@link #HEADING} and {@link #SUMMARY} are English and analysed in English; the original heading and
 * the official text are indexed together in one field per language, {@code text_<code>} (e.g. {@code text_de}),
 * analysed with that language's analyzer from {@link LanguageAnalyzers}. Filters and facets are keyword fields
 * with doc values.
 */
public final class SearchFields {

    /** Bump whenever the document layout or an analyzer changes: an index of another version is rebuilt. */
    public static final String SCHEMA_VERSION = "8";

    public static final String ID = "id";
    /**
     * The unit the index replaces whole: a provision's document (instrument or statute id), one court decision
     * ({@code cases/<id>}) or one State's observations ({@code observations/<CC>}).
     */
    public static final String GROUP = "group";
    /** The instrument or statute of a provision; decisions and observations have none. */
    public static final String DOCUMENT = "document";
    public static final String JURISDICTION = "jurisdiction";
    public static final String KIND = "kind";
    public static final String LANGUAGE = "language";
    public static final String CRITERION = "criterion";
    public static final String TOPIC = "topic";
    /**
     * The concepts lexgap reads in a provision's own words (summary, headings, official text), with the analysis
     * and vocabularies the assessment uses: what ranks an untagged text, such as an imported official one.
     */
    public static final String READ_CONCEPT = "read_concept";
    /** "true" when number and heading (or content) were verified in a cited source. */
    public static final String VERIFIED = "verified";
    /** The provision number reduced to its core ({@code "s. 32A"} → {@code "32a"}), for citation queries. */
    public static final String NUMBER = "number";

    public static final String HEADING = "heading";
    public static final String SUMMARY = "summary";
    public static final String CITATION = "citation";
    private static final String TEXT_PREFIX = "text_";

    /** Stored only: what a hit shows. */
    public static final String SOURCE = "source";
    public static final String ORIGINAL_HEADING = "original_heading";
    public static final String OFFICIAL_TEXT = "official_text";
    /** The day a repealed or replaced text stopped applying (ISO date); absent while in force. */
    public static final String VALID_UNTIL = "valid_until";

    /** The facets, in the order a response lists them; each is also a filter. */
    public static final List<String> FACETS = List.of(JURISDICTION, DOCUMENT, KIND, LANGUAGE, CRITERION);

    public static final String KIND_BINDING = "binding";
    public static final String KIND_SOFT_LAW = "soft-law";
    public static final String KIND_NATIONAL = "national";
    /** A court decision ({@code cases/}). */
    public static final String KIND_CASE = "case";
    /** A monitoring body's observation on a State's law. */
    public static final String KIND_OBSERVATION = "observation";
    public static final List<String> KINDS = List.of(KIND_BINDING, KIND_SOFT_LAW, KIND_NATIONAL, KIND_CASE,
            KIND_OBSERVATION);

    private SearchFields() {
    }

    /** The field holding original heading and official text in a language, e.g. {@code text_de}. */
    public static String text(String language) {
        return TEXT_PREFIX + language.toLowerCase(Locale.ROOT);
    }

    /** The language of a {@code text_<code>} field, or null for any other field. */
    public static String languageOfTextField(String field) {
        return field.startsWith(TEXT_PREFIX) ? field.substring(TEXT_PREFIX.length()) : null;
    }

    /** The core of a provision number: its first run of digits with the letters right after ("§ 18a" → "18a"). */
    public static String numberCore(String number) {
        if (number == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("\\d+[a-z]*").matcher(number.toLowerCase(Locale.ROOT));
        return m.find() ? m.group() : number.toLowerCase(Locale.ROOT).strip();
    }
}
