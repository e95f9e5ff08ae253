package org.lexgap.review.control;

import java.util.List;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.store.Database;
import org.lexgap.store.StoreSettings;

/**
 * The child process of {@link KillDuringWriteTest}: writes findings for criteria C-0, C-1... as fast as it can
 * and prints "ack C-n" after each save has returned (committed). It runs until it is killed.
 */
public final class FindingWriterMain {

    private FindingWriterMain() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(new StoreSettings(args[0], null, null))) {
            FindingStore store = new FindingStore(db);
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                String criterion = "C-" + i;
                store.save(new FindingKey("XA", "thbor", criterion), "1.0", new ValidFinding(Level.FULLY,
                        Status.DRAFT, List.of("xa-cc/art-" + i), "rationale " + i, List.of()),
                        Precondition.NONE, "writer");
                System.out.println("ack " + criterion);
                System.out.flush();
            }
        }
    }
}
