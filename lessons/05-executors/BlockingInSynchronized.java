package concur.lessons.executors;

import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

public class BlockingInSynchronized {
    static final int TASKS = 20;
    static final AtomicInteger asleep = new AtomicInteger();
    static final AtomicInteger peak = new AtomicInteger(); // the most tasks asleep at one moment

    /** Sleeps 100 ms, as if waiting for a reply. */
    static void waitForReply() throws InterruptedException {
        peak.accumulateAndGet(asleep.incrementAndGet(), Math::max);
        try {
            Thread.sleep(100);
        } finally {
            asleep.decrementAndGet();
        }
    }

    static void insideSynchronized() throws InterruptedException {
        Object lock = new Object(); // a lock of its own: no task ever waits for another
        synchronized (lock) {
            waitForReply();
        }
    }

    static void insideReentrantLock() throws InterruptedException {
        var lock = new ReentrantLock(); // the same, with a ReentrantLock
        lock.lock();
        try {
            waitForReply();
        } finally {
            lock.unlock();
        }
    }

    interface Task {
        void run() throws InterruptedException;
    }

    static void onVirtualThreads(String label, Task task) {
        peak.set(0);
        var done = new AtomicInteger();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < TASKS; i++) {
                executor.submit(() -> {
                    task.run();
                    return done.incrementAndGet();
                });
            }
        } // close() waits for every task
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-20s %d of %d done in %,5d ms; at most %d asleep at once%n",
                label + ":", done.get(), TASKS, millis, peak.get());
    }

    public static void main(String[] args) {
        Runtime.Version version = Runtime.version();
        System.out.println("this JVM is Java " + version);
        if (version.feature() >= 24) {
            System.out.println("Java 24 and later (JEP 491): blocking inside synchronized"
                    + " frees the carrier");
        } else {
            System.out.println("Java 21 to 23: blocking inside synchronized pins the carrier");
        }
        System.out.println("carrier threads: one per logical CPU, "
                + Runtime.getRuntime().availableProcessors() + " here");
        onVirtualThreads("inside synchronized", BlockingInSynchronized::insideSynchronized);
        onVirtualThreads("inside ReentrantLock", BlockingInSynchronized::insideReentrantLock);
    }
}
