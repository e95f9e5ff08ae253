package org.lexgap.reading.control;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;

/**
 * Romanian: Lucene's Romanian analysis, reading the letters s and t with a comma below (ș, ț: the standard
 * spelling of today's statutes) as the same letters with a cedilla (ş, ţ), the spelling Lucene's Romanian stop
 * words and stemmer were written in. Without it "infracțiunea" and "infracţiunea" are different words and the
 * stemmer leaves the first unstemmed.
 */
final class RomanianLegalAnalyzer extends AnalyzerWrapper {

    private static final NormalizeCharMap CEDILLA = cedilla();

    private final Analyzer romanian = new RomanianAnalyzer();

    RomanianLegalAnalyzer() {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    private static NormalizeCharMap cedilla() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("\u0219", "\u015F"); // ș -> ş
        builder.add("\u0218", "\u015E"); // Ș -> Ş
        builder.add("\u021B", "\u0163"); // ț -> ţ
        builder.add("\u021A", "\u0162"); // Ț -> Ţ
        return builder.build();
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return romanian;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new MappingCharFilter(CEDILLA, reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(CEDILLA, reader);
    }
}
