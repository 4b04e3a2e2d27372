package concur.lessons.locks;

import java.util.ArrayList;

public class SynchronizedCounter {
    static final int THREADS = 4, INCREMENTS = 1_000_000, TRIALS = 10;

    private int count;

    synchronized void increment() { // one thread at a time per counter object
        count++;
    }

    synchronized int get() {
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        int lost = 0, lowest = Integer.MAX_VALUE;
        long start = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            var counter = new SynchronizedCounter();
            var threads = new ArrayList<Thread>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofPlatform().name("adder-" + (t + 1)).start(() -> {
                    for (int i = 0; i < INCREMENTS; i++) {
                        counter.increment();
                    }
                }));
            }
            for (var thread : threads) {
                thread.join();
            }
            lost += counter.get() < THREADS * INCREMENTS ? 1 : 0;
            lowest = Math.min(lowest, counter.get());
        }
        long ms = (System.nanoTime() - start) / 1_000_000 / TRIALS;
        System.out.printf("%d threads x %,d increments, %d trials, %d ms a trial%n",
                THREADS, INCREMENTS, TRIALS, ms);
        System.out.printf("lost updates in %d of %d trials (lowest %,d)%n", lost, TRIALS, lowest);
    }
}
