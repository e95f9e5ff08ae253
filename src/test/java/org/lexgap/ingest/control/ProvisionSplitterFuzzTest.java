package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any lines of text through the splitter's one entry point ({@link ProvisionSplitter#split}): it splits, and every
 * provision it returns has its lines; it never throws. Seeds in {@code ProvisionSplitterFuzzTestInputs/}.
 */
class ProvisionSplitterFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void splitsAnyLines(FuzzedDataProvider data) {
        List<SourceLine> lines = data.consumeRemainingAsString().lines()
                .map(line -> new SourceLine(null, line.strip())).toList();
        ProvisionSplitter.Result result = ProvisionSplitter.split(lines);
        assertNotNull(result);
        for (ProvisionSplitter.Split split : result.provisions()) {
            assertNotNull(split.lines());
            assertNotNull(split.label());
        }
        if (result.structureFound()) {
            assertFalse(result.provisions().isEmpty());
        }
    }
}
