package concur.lessons.locks;

import java.util.ArrayList;
import java.util.concurrent.locks.ReentrantLock;

public class LockCounter {
    static final int THREADS = 4, INCREMENTS = 1_000_000, TRIALS = 10;

    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock(); // always, even if the code above throws
        }
    }

    int get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int lost = 0, lowest = Integer.MAX_VALUE;
        long start = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            var counter = new LockCounter();
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
