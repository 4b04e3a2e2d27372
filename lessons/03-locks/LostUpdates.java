package concur.lessons.locks;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;

public class LostUpdates {
    static final int THREADS = 4, INCREMENTS = 1_000_000, TRIALS = 20;

    private volatile int count; // volatile: every ++ really reads and writes memory

    void increment() {
        count++; // three steps: read count, add 1, write it back
    }

    public static void main(String[] args) throws InterruptedException {
        int expected = THREADS * INCREMENTS, lost = 0, lowest = expected;
        long start = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            var counter = new LostUpdates();
            var go = new CountDownLatch(1);
            var threads = new ArrayList<Thread>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofPlatform().name("adder-" + (t + 1)).start(() -> {
                    try {
                        go.await(); // all threads start counting together
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                        return;
                    }
                    for (int i = 0; i < INCREMENTS; i++) {
                        counter.increment();
                    }
                }));
            }
            go.countDown();
            for (var thread : threads) {
                thread.join();
            }
            System.out.printf("trial %2d ended at %,d (%,d lost)%n", trial + 1, counter.count, expected - counter.count);
            lost += counter.count < expected ? 1 : 0;
            lowest = Math.min(lowest, counter.count);
        }
        long ms = (System.nanoTime() - start) / 1_000_000 / TRIALS;
        System.out.printf("%d threads x %,d increments, %d trials, %d ms a trial%n",
                THREADS, INCREMENTS, TRIALS, ms);
        System.out.printf("lost updates in %d of %d trials (lowest %,d)%n", lost, TRIALS, lowest);
    }
}
