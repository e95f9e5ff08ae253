package org.lexgap.reading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class RomanianLegalAnalyzerTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void commaBelowAndCedillaSpellingsAreOneWordAndBothAreStemmed() throws IOException {
        Analyzer romanian = new LanguageAnalyzers().forLanguage("ro");
        List<String> comma = tokens(romanian, "infracțiunilor săvârșite");
        List<String> cedilla = tokens(romanian, "infracţiunilor săvârşite");

        assertEquals(cedilla, comma);
        assertNotEquals("infracțiunilor", comma.get(0), "the plural genitive ending is stemmed away");
        assertEquals(tokens(romanian, "infracțiune").get(0), comma.get(0), "singular and plural meet");
    }
}
