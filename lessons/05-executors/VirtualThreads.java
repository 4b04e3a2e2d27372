package concur.lessons.executors;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class VirtualThreads {

    record Outcome(int tasks, int done, long millis, int threads, int peak) {}

    /** Runs tasks that each block for 10 to 50 ms, as if waiting for a reply. */
    static Outcome runBlockingTasks(ExecutorService executor, int tasks) {
        var done = new AtomicInteger();
        var asleep = new AtomicInteger();
        var peak = new AtomicInteger(); // the most tasks asleep at one moment
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        try (executor) {
            for (int i = 0; i < tasks; i++) {
                int millis = 10 + i % 41;
                executor.submit(() -> {
                    threads.add(Thread.currentThread().threadId());
                    peak.accumulateAndGet(asleep.incrementAndGet(), Math::max);
                    Thread.sleep(millis);
                    asleep.decrementAndGet();
                    return done.incrementAndGet();
                });
            }
        } // close() waits for every task
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(tasks, done.get(), millis, threads.size(), peak.get());
    }

    public static void main(String[] args) {
        System.out.println("executor      tasks   done     time  threads   peak");
        var named = Thread.ofPlatform().name("pooled-", 1).factory();
        var pool = runBlockingTasks(Executors.newFixedThreadPool(50, named), 500);
        print("pool of 50", pool);
        print("virtual", runBlockingTasks(Executors.newVirtualThreadPerTaskExecutor(), 500));
        print("virtual", runBlockingTasks(Executors.newVirtualThreadPerTaskExecutor(), 10_000));
        System.out.printf("pool of 50, 10,000 tasks: about %,d ms (20 x %d ms)%n",
                20 * pool.millis(), pool.millis());
    }

    static void print(String executor, Outcome o) {
        System.out.printf("%-11s %,7d %,6d %,5d ms %,8d %,6d%n",
                executor, o.tasks(), o.done(), o.millis(), o.threads(), o.peak());
    }
}
