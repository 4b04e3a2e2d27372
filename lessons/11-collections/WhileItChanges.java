package concur.lessons.collections;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class WhileItChanges {
    static final int KEYS = 200_000;
    static volatile int added; // how many keys the writer has put so far

    /** Starts a writer that puts KEYS keys into the map, counting them in {@code added} as it goes. */
    static Thread writer(Map<Integer, Integer> map) {
        added = 0;
        return Thread.ofPlatform().name("writer").start(() -> {
            for (int key = 0; key < KEYS; key++) {
                map.put(key, key);
                added = key + 1;
            }
        });
    }

    static void awaitSomeKeys() {
        while (added < KEYS / 4) {
            Thread.onSpinWait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        var concurrent = new ConcurrentHashMap<Integer, Integer>();
        Thread writer = writer(concurrent);
        awaitSomeKeys();
        int before = added, sizeBefore = concurrent.size(), seen = 0;
        for (Integer key : concurrent.keySet()) { // never throws; sees some of the keys added meanwhile
            seen++;
        }
        int after = added;
        System.out.printf("ConcurrentHashMap: iterated while keys %,d to %,d went in; it saw %,d%n", before, after, seen);
        writer.join();
        System.out.printf("ConcurrentHashMap: size() said %,d as it began, %,d once the writer was done%n",
                sizeBefore, concurrent.size());

        var plain = new HashMap<Integer, Integer>();
        writer = writer(plain);
        awaitSomeKeys();
        try {
            int count = 0;
            for (Integer key : plain.keySet()) { // a data race: anything may happen, and nothing is promised
                count++;
            }
            System.out.printf("HashMap: the iteration ended after %,d keys, with no exception%n", count);
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap: the iteration threw ConcurrentModificationException");
        } catch (RuntimeException e) {
            System.out.println("HashMap: the iteration threw " + e.getClass().getSimpleName());
        }
        writer.join();
    }
}
