package org.lexgap.search.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text a visitor types: the parser answers with a query or a {@link QueryException} (a 400), nothing else.
 * Plain test runs replay the seeds in {@code HumanQueryParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class HumanQueryParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parsesOrRefuses(FuzzedDataProvider data) {
        String query = data.consumeRemainingAsString();
        try {
            ParsedQuery parsed = HumanQueryParser.parse(query);
            assertNotNull(parsed);
            assertTrue(query.length() <= HumanQueryParser.MAX_LENGTH, "a query over the limit was accepted");
        } catch (QueryException refused) {
            assertNotNull(refused.getMessage());
        }
    }
}
