package org.lexgap.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanQueryParserTest {

    @Test
    void readsWordsPhrasesExclusionsAndOr() {
        ParsedQuery q = HumanQueryParser.parse("organ \"committed abroad\" -consent broker OR intermediary");

        assertEquals(3, q.groups().size());
        assertTrue(q.groups().get(1).alternatives().get(0).phrase());
        assertEquals(List.of("broker", "intermediary"),
                q.groups().get(2).alternatives().stream().map(ParsedQuery.Term::text).toList());
        assertEquals("consent", q.excluded().get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"art. 10|10", "§ 18 TPG|18", "§18|18", "s. 3|3", "section 32A|32a",
        "Article 10(3)|10", "Articolo 601-bis|601", "Article 225-4-1|225", "Статья 127.1|127", "Madde 91|91", "Член 159а|159"})
    void readsCitationForms(String query, String number) {
        assertEquals(List.of(number), HumanQueryParser.parse(query).numbers());
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        ParsedQuery q = HumanQueryParser.parse("organ \"committed abroad");
        assertEquals("committed abroad", q.groups().get(1).alternatives().get(0).text());
    }

    @Test
    void rejectsWhatCannotRun() {
        assertThrows(QueryException.class, () -> HumanQueryParser.parse("x".repeat(1001)));
        assertThrows(QueryException.class, () -> HumanQueryParser.parse("*organ"));
        assertThrows(QueryException.class, () -> HumanQueryParser.parse("organ\u0000"));
        assertThrows(QueryException.class, () -> HumanQueryParser.parse("a ".repeat(40)));
    }
}
