package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only so many PDFs are rendered at once; one that cannot get a turn in time is refused, not queued for ever. */
class RenderPermitsTest {

    @AfterEach
    void reset() {
        RenderPermits.configure(2);
    }

    @Test
    void aRenderWaitsForATurnAndIsRefusedWhenNoneComes() throws Exception {
        RenderPermits.configure(1, Duration.ofMillis(200));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> first = pool.submit(() -> RenderPermits.within(() -> {
            rendering.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        rendering.await();
        assertThrows(ReportBusyException.class, () -> RenderPermits.within(() -> "second"));
        finish.countDown();
        assertEquals("first", first.get());
        assertEquals("third", RenderPermits.within(() -> "third"), "the permit is given back");
        pool.shutdown();
    }
}
