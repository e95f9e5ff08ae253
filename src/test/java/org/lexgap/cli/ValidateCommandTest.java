package org.lexgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.corpus.control.CorpusFixtures;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path temp;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void exitsZeroOnAValidCorpus() {
        int code = LexgapCommand.commandLine().execute("validate", CorpusFixtures.VALID.toString());

        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("OK: 1 instruments, 1 countries, 3 provisions"));
    }

    @Test
    void exitsNonZeroNamingFileAndLine() {
        Path corpus = CorpusFixtures.brokenCorpus(temp, "bad-date", "instruments/treaty-a.yaml");

        int code = LexgapCommand.commandLine().execute("validate", corpus.toString());

        assertEquals(1, code);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("treaty-a.yaml:10: bad value '2018-02-30'"), printed);
        assertTrue(printed.contains("1 error(s)"), printed);
    }

    @Test
    void exitsNonZeroWhenTheFolderIsNotACorpus() {
        int code = LexgapCommand.commandLine().execute("validate", temp.toString());

        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("instruments: missing folder"));
    }

    @Test
    void anyCommandFailsWithAMessageNotAStackTrace() {
        int code = LexgapCommand.commandLine().execute("summary", "--corpus", temp.toString());

        assertEquals(1, code);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("lexgap summary: 3 error(s) in the corpus"), printed);
        assertTrue(printed.contains("national-laws: missing folder"), printed);
        assertTrue(!printed.contains("\tat org.lexgap"), printed);
    }

    @Test
    void everyCommandAnswersHelpWithItsOwnUsage() {
        for (String command : new String[] {"validate", "summary", "bench-search", "import", "report"}) {
            out.reset();
            int code = LexgapCommand.commandLine().execute(command, "--help");

            assertEquals(0, code, command);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: lexgap " + command), command);
        }
    }
}
