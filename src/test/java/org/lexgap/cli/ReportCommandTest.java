package org.lexgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report commands share their corpus options (--corpus, --checklist) and their errors. */
class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesACountryReportFromTheShippedCorpus() throws Exception {
        Path csv = temp.resolve("de.csv");

        int code = LexgapCommand.commandLine().execute("report", "DE", "--format", "csv", "--corpus", ".",
                "-o", csv.toString());

        assertEquals(0, code);
        String text = Files.readString(csv);
        assertTrue(text.contains("JUR-EXTRATERRITORIAL") && text.contains("HEALTH-REPORTING"), text);
    }

    @Test
    void anUnknownChecklistIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = LexgapCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("report", "DE", "--checklist", "nope", "--corpus", ".", "-o",
                temp.resolve("x.pdf").toString());

        assertEquals(2, code);
        assertTrue(err.toString().contains("no checklist 'nope'"), err.toString());
        assertTrue(Files.notExists(temp.resolve("x.pdf")));
    }
}
