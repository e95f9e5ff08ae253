package org.lexgap.reading.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The one language map, shared by the search index and the reading of texts: ISO 639-1 code to analyzer. Any other language falls back to {@link StandardAnalyzer}
 * (Unicode word breaking and lower-casing, no stemming, no stop words). Ukrainian uses the morfologik dictionary
 * analyzer and Polish the stempel one (both Lucene modules in the pom); Romanian reads ș and ț as ş and ţ
 * ({@link RomanianLegalAnalyzer}).
 */
public final class LanguageAnalyzers {

    public static final String ENGLISH = "en";

    private static final Map<String, Supplier<Analyzer>> MAP = Map.ofEntries(
            Map.entry("en", LanguageAnalyzers::english),
            Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new),
            Map.entry("uk", UkrainianMorfologikAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("ro", RomanianLegalAnalyzer::new),
            Map.entry("pl", PolishAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new),
            // the languages of the national statutes beyond those fifteen, where Lucene has an analyzer
            Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new),
            Map.entry("et", EstonianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("ga", IrishAnalyzer::new),
            Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("hy", ArmenianAnalyzer::new),
            Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new),
            Map.entry("nn", NorwegianAnalyzer::new),
            Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new));

    /** English: Lucene's English analysis, except that an organisation or an organised group is not an organ. */
    private static Analyzer english() {
        return new EnglishLegalAnalyzer();
    }

    private final Map<String, Analyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Analyzer fallback = new StandardAnalyzer();
    private final CharArraySet stopWords = allStopWords();

    private CharArraySet allStopWords() {
        CharArraySet all = new CharArraySet(2048, true);
        all.addAll(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        all.addAll(org.apache.lucene.analysis.ro.RomanianAnalyzer.getDefaultStopSet());
        for (String language : MAP.keySet()) {
            if (forLanguage(language) instanceof StopwordAnalyzerBase base) {
                base.getStopwordSet().forEach(all::add);
            }
        }
        return CharArraySet.unmodifiableSet(all);
    }

    /** The languages with a dedicated analyzer. */
    public static Set<String> languages() {
        return new TreeSet<>(MAP.keySet());
    }

    /** The analyzer of a language; the fallback for a language without one (or null). */
    public Analyzer forLanguage(String language) {
        if (language == null) {
            return fallback;
        }
        String code = language.toLowerCase(Locale.ROOT);
        Supplier<Analyzer> factory = MAP.get(code);
        return factory == null ? fallback : analyzers.computeIfAbsent(code, c -> factory.get());
    }

    /** Whether a lower-cased word is a stop word of any mapped language (such words do not count as terms). */
    public boolean isStopWord(String word) {
        return stopWords.contains(word.toLowerCase(Locale.ROOT));
    }
}
