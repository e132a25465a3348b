package dev.folio.check.external;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** The URLs of one host, taken by at most a few workers, whose requests start at least {@code delay} apart. */
final class HostLane {

    private final Queue<java.net.URI> queue = new ConcurrentLinkedQueue<>();
    private final long delayNanos;
    private long next = Long.MIN_VALUE;

    HostLane(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    void add(java.net.URI uri) {
        queue.add(uri);
    }

    int size() {
        return queue.size();
    }

    java.net.URI poll() {
        return queue.poll();
    }

    /** Waits until this host may be sent the next request. */
    void awaitTurn() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = next == Long.MIN_VALUE ? now : Math.max(now, next);
            next = start + delayNanos;
            wait = start - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
