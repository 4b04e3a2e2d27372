package concur.lessons.collections;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class SharedHashMap {
    static final int PER_THREAD = 50_000, TRIALS = 10;

    /** Two threads put keys of their own (no key is put twice) into one map; how many are in it afterwards? */
    static int fill(Map<Integer, Integer> map) throws InterruptedException {
        var go = new CountDownLatch(1);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int first = t * PER_THREAD;
            threads[t] = Thread.ofPlatform().name("filler-" + (t + 1)).start(() -> {
                try {
                    go.await();
                    for (int key = first; key < first + PER_THREAD; key++) {
                        map.put(key, key);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) { // a HashMap broken by a race may throw, too
                    System.out.println("a put threw " + e);
                }
            });
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        int found = 0;
        for (int key = 0; key < 2 * PER_THREAD; key++) {
            found += map.containsKey(key) ? 1 : 0;
        }
        return found;
    }

    public static void main(String[] args) throws InterruptedException {
        int lossy = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            int found = fill(new HashMap<>());
            lossy += found < 2 * PER_THREAD ? 1 : 0;
            System.out.printf("HashMap, trial %d: %,d of %,d keys%n", trial, found, 2 * PER_THREAD);
        }
        System.out.printf("HashMap: keys lost in %d of %d trials%n", lossy, TRIALS);
        int exact = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            exact += fill(new ConcurrentHashMap<>()) == 2 * PER_THREAD ? 1 : 0;
        }
        System.out.printf("ConcurrentHashMap: every key in %d of %d trials%n", exact, TRIALS);
    }
}
