package org.lexgap.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.review.entity.StoredFinding;
import org.lexgap.store.Database;
import org.lexgap.store.StoreSettings;
import org.lexgap.store.TestDatabases;

/**
 * A separate JVM writes findings in a loop and is killed (kill -9, no shutdown hooks) in the middle of it; the
 * database reopened afterwards holds every finding whose save had been acknowledged, with its content.
 */
class KillDuringWriteTest {

    static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void everyAcknowledgedFindingSurvivesAKill(String kind) throws Exception {
        StoreSettings settings = TestDatabases.fresh(kind, temp);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FindingWriterMain.class.getName(), settings.url())
                .redirectError(temp.resolve("child-stderr.txt").toFile()).start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(line.substring(4));
                    if (acknowledged.size() == ACKS_BEFORE_KILL) {
                        // SIGKILL through the process handle: unlike Process.destroyForcibly it leaves the pipe
                        // open, so the lines printed before the kill are still read and count as acknowledged
                        child.toHandle().destroyForcibly();
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the writer did not die");
        }
        assertTrue(acknowledged.size() >= ACKS_BEFORE_KILL, "the writer acknowledged only " + acknowledged
                + "; see " + temp.resolve("child-stderr.txt"));

        try (Database db = Database.open(settings)) {
            FindingStore store = new FindingStore(db);
            for (String criterion : acknowledged) {
                StoredFinding f = store.find(new FindingKey("XA", "thbor", criterion)).orElse(null);
                assertTrue(f != null, criterion + " was acknowledged but is lost (" + acknowledged.size() + " acks)");
                assertEquals("rationale " + criterion.substring(2), f.rationale());
                assertEquals(1, store.history(new FindingKey("XA", "thbor", criterion)).size());
            }
        }
    }
}
