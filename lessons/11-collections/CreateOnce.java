package concur.lessons.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class CreateOnce {
    static final String[] HOSTS = {"alpha", "beta", "gamma"};
    static final int THREADS = 4, TRIALS = 20;

    /** Costly to open, so it should be opened once per host. */
    static class Connection {
        static final AtomicInteger opened = new AtomicInteger();

        Connection(String host) {
            opened.incrementAndGet();
        }
    }

    interface Lookup {
        Connection connectionTo(ConcurrentHashMap<String, Connection> pool, String host);
    }

    /** Four threads ask for every host at once; how many connections were opened? */
    static int trial(Lookup lookup) throws InterruptedException {
        var pool = new ConcurrentHashMap<String, Connection>();
        var go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 1; t <= THREADS; t++) {
            threads.add(Thread.ofPlatform().name("asker-" + t).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (String host : HOSTS) {
                    lookup.connectionTo(pool, host);
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return Connection.opened.getAndSet(0);
    }

    public static void main(String[] args) throws InterruptedException {
        int total = 0, oncePerHost = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            // the argument is built before the call, whether the map needs it or not
            total += trial((pool, host) -> {
                Connection made = new Connection(host);
                Connection had = pool.putIfAbsent(host, made);
                return had == null ? made : had;
            });
        }
        System.out.printf("putIfAbsent(host, new Connection(host)): %d connections opened in %d trials%n", total, TRIALS);
        for (int trial = 0; trial < TRIALS; trial++) {
            // the function runs only when the host has none, and at most once per host
            int opened = trial((pool, host) -> pool.computeIfAbsent(host, Connection::new));
            oncePerHost += opened == HOSTS.length ? 1 : 0;
        }
        System.out.printf("computeIfAbsent(host, Connection::new): one connection per host in %d of %d trials%n",
                oncePerHost, TRIALS);
    }
}
