package org.lexgap.report.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many PDFs are rendered at once in this process (each holds its layout in memory, 100-200 MB for a long
 * report): a render waits for a permit, and one that waits longer than a minute is refused
 * ({@link ReportBusyException}), so that the heap a report load takes stays bounded. The service sets the number
 * from {@code lexgap.report.max-concurrent-pdf}; unset, it is 2.
 */
public final class RenderPermits {

    static final Duration WAIT = Duration.ofSeconds(60);

    private static volatile Semaphore permits = new Semaphore(2, true);
    private static volatile Duration wait = WAIT;

    private RenderPermits() {
    }

    /** Sets the number of PDFs rendered at once (at least 1). */
    public static synchronized void configure(int concurrent) {
        configure(concurrent, WAIT);
    }

    static synchronized void configure(int concurrent, Duration longestWait) {
        permits = new Semaphore(Math.max(1, concurrent), true);
        wait = longestWait;
    }

    /** A PDF render within a permit. */
    static <T> T within(java.util.function.Supplier<T> render) {
        Semaphore gate = permits;
        boolean acquired;
        try {
            acquired = gate.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportBusyException("interrupted while waiting to render a PDF");
        }
        if (!acquired) {
            throw new ReportBusyException("every PDF renderer was busy for " + wait.toSeconds() + " s");
        }
        try {
            return render.get();
        } finally {
            gate.release();
        }
    }
}
