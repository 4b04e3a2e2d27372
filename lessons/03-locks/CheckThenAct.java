package concur.lessons.locks;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class CheckThenAct {
    static final int THREADS = 4, TRIALS = 20;

    /** Slow to create, as if it opened a connection to a server. */
    static class Connection {
        static final AtomicInteger created = new AtomicInteger();

        Connection() throws InterruptedException {
            created.incrementAndGet();
            Thread.sleep(2); // "connecting"
        }
    }

    private Connection connection; // created on first use

    Connection connection() throws InterruptedException {
        if (connection == null) {          // check...
            connection = new Connection(); // ...then act: not one step
        }
        return connection;
    }

    public static void main(String[] args) throws InterruptedException {
        int tooMany = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            var lazy = new CheckThenAct();
            var go = new CountDownLatch(1);
            var threads = new ArrayList<Thread>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofPlatform().name("caller-" + (t + 1)).start(() -> {
                    try {
                        go.await(); // all four ask at the same moment
                        lazy.connection();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            go.countDown();
            for (var thread : threads) {
                thread.join();
            }
            int instances = Connection.created.getAndSet(0); // and reset it
            tooMany += instances > 1 ? 1 : 0;
            System.out.printf("trial %d: %d instance%s%n",
                    trial, instances, instances == 1 ? "" : "s");
        }
        System.out.printf("more than one instance in %d of %d trials%n", tooMany, TRIALS);
    }
}
