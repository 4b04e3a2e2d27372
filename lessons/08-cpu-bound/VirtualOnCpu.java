package concur.lessons.cpubound;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

public class VirtualOnCpu {

    /** One way to run the work: a name and how to make its executor. */
    record Way(String name, Supplier<ExecutorService> executor) {}

    // Every way gets the same 100 slices, so only the threads differ. (Cut into one slice per thread instead, the
    // JIT compiles one long-running call differently from many short ones, and that blurs the comparison.)
    static final int SLICES = 100;

    public static void main(String[] args) throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        // a factory a pool, each counting from 1: the same names every round, one lane each in the timeline
        var named = Thread.ofPlatform().name("platform-", 1);
        List<Way> ways = List.of(
                new Way("1 platform thread", () -> Executors.newSingleThreadExecutor(named.factory())),
                new Way(cpus + " platform threads", () -> Executors.newFixedThreadPool(cpus, named.factory())),
                new Way("100 virtual threads", Executors::newVirtualThreadPerTaskExecutor));
        System.out.printf("%,d points in %d slices, %d logical CPUs; warm-up, then best of 3 rounds%n",
                Scaling.POINTS, SLICES, cpus);

        long[] best = new long[ways.size()];
        long[] hits = new long[ways.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 0; round <= 3; round++) { // round 0 warms up the JIT and is not counted
            for (int w = 0; w < ways.size(); w++) {
                Way way = ways.get(w);
                long start = System.nanoTime();
                hits[w] = Scaling.countHits(way.executor().get(), SLICES);
                long nanos = System.nanoTime() - start;
                if (round > 0) best[w] = Math.min(best[w], nanos);
            }
        }
        System.out.printf("%-20s %10s %11s %9s%n", "", "best time", "hits", "speed-up");
        for (int w = 0; w < ways.size(); w++) {
            System.out.printf("%-20s %7.1f ms %,11d %8.2fx%n", ways.get(w).name() + ":",
                    best[w] / 1e6, hits[w], (double) best[0] / best[w]);
        }
    }
}
