package concur.lessons.cpubound;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

public class SharedCounter {
    static final long POINTS = 12_000_000;

    static long hit(long i) { // the same test as in the scaling demo: 1 inside the circle, 0 outside
        long z = i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        double x = (z >>> 32) / 0x1p32, y = (z & 0xFFFF_FFFFL) / 0x1p32;
        return 1 - (long) (x * x + y * y);
    }

    static long countHits(long from, long to) {
        long hits = 0; // a local variable: no other thread can see it
        for (long i = from; i < to; i++) hits += hit(i);
        return hits;
    }

    static void addOneByOne(AtomicLong hits, long from, long to) {
        for (long i = from; i < to; i++) if (hit(i) == 1) hits.incrementAndGet(); // each hit
    }

    static void addOneByOne(LongAdder hits, long from, long to) {
        for (long i = from; i < to; i++) if (hit(i) == 1) hits.increment();
    }

    interface Slice { void count(long from, long to); }

    /** One way to count: each thread counts a slice; takeTotal reads the total and resets it to 0. */
    record Way(String name, int threads, Slice slice, LongSupplier takeTotal) {}

    public static void main(String[] args) {
        int n = Runtime.getRuntime().availableProcessors();
        var total = new AtomicLong();
        var shared = new AtomicLong();
        var adder = new LongAdder();
        Slice ownCount = (from, to) -> total.addAndGet(countHits(from, to)); // one shared update per thread
        var ways = List.of(new Way("1 thread, own count", 1, ownCount, () -> total.getAndSet(0)),
                // the atomic's own cost, with no other thread to contend with
                new Way("1 thread, one AtomicLong", 1, (from, to) -> addOneByOne(shared, from, to),
                        () -> shared.getAndSet(0)),
                new Way(n + " threads, one AtomicLong", n, (from, to) -> addOneByOne(shared, from, to),
                        () -> shared.getAndSet(0)),
                new Way(n + " threads, one LongAdder", n, (from, to) -> addOneByOne(adder, from, to),
                        adder::sumThenReset),
                new Way(n + " threads, own counts", n, ownCount, () -> total.getAndSet(0)));

        System.out.printf("%,d points, %d cores; warm-up, then best of 5 rounds%n", POINTS, n);
        long[] best = new long[ways.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        long[] hits = new long[ways.size()];
        for (int round = 0; round <= 5; round++) { // round 0 warms up the JIT and is not timed
            for (int w = 0; w < ways.size(); w++) { // every way once a round: a busy spell slows them all
                long start = System.nanoTime();
                countOn(ways.get(w).threads(), ways.get(w).slice());
                if (round > 0) best[w] = Math.min(best[w], System.nanoTime() - start);
                hits[w] = ways.get(w).takeTotal().getAsLong();
            }
        }
        System.out.printf("%-26s %10s %11s %9s%n", "", "best time", "hits", "speed-up");
        for (int w = 0; w < ways.size(); w++) {
            System.out.printf("%-26s %7.1f ms %,11d %8.2fx%n", ways.get(w).name() + ":",
                    best[w] / 1e6, hits[w], (double) best[0] / best[w]);
        }
    }

    /** Splits the points into one slice per thread, and waits until every slice is counted. */
    static void countOn(int threads, Slice slice) {
        try (var pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("slice-", 1).factory())) {
            for (int t = 0; t < threads; t++) {
                long from = POINTS * t / threads, to = POINTS * (t + 1) / threads;
                pool.execute(() -> slice.count(from, to));
            }
        } // close() waits for every slice to be counted
    }
}
