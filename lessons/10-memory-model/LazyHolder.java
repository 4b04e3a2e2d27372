package concur.lessons.memorymodel;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class LazyHolder {
    static final AtomicInteger built = new AtomicInteger();

    /** Slow to build, as if it read a file. */
    static class Registry {
        final int number;

        Registry() throws InterruptedException {
            number = built.incrementAndGet();
            System.out.println("building registry #" + number);
            Thread.sleep(50); // the other threads arrive meanwhile
        }
    }

    // The JVM initialises a class once, the first time it is used, under a lock of its own; a thread that uses
    // it meanwhile waits, and then sees everything the initialiser wrote.
    private static class Holder {
        static final Registry INSTANCE = build();

        private static Registry build() {
            try {
                return new Registry();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Registry registry() {
        return Holder.INSTANCE; // no lock, no volatile: the class initialisation is the happens-before edge
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("nothing built yet: " + built.get() + " registries");
        var go = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int t = 1; t <= 4; t++) {
            threads.add(Thread.ofPlatform().name("user-" + t).start(() -> {
                try {
                    go.await(); // all four ask at the same moment
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("got registry #" + registry().number);
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("registries built: " + built.get());
    }
}
