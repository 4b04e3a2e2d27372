package concur.lessons.collections;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class WordCount {
    static final String[] WORDS = {"lock", "queue", "latch", "future"};
    static final int THREADS = 4, PER_THREAD = 20_000, TRIALS = 5;

    /** Counts a word with two calls: each is atomic, the pair is not. */
    static void getThenPut(Map<String, Integer> counts, String word) {
        Integer old = counts.get(word);
        counts.put(word, old == null ? 1 : old + 1);
    }

    /** Counts a word with one call that reads, adds and writes as one step. */
    static void merge(Map<String, Integer> counts, String word) {
        counts.merge(word, 1, Integer::sum);
    }

    interface Counting {
        void count(Map<String, Integer> counts, String word);
    }

    static int trial(Counting counting) throws InterruptedException {
        var counts = new ConcurrentHashMap<String, Integer>();
        var go = new CountDownLatch(1);
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = Thread.ofPlatform().name("counter-" + (t + 1)).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < PER_THREAD; i++) {
                    counting.count(counts, WORDS[i % WORDS.length]);
                }
            });
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static void main(String[] args) throws InterruptedException {
        int words = THREADS * PER_THREAD;
        for (int trial = 1; trial <= TRIALS; trial++) {
            for (String way : new String[] {"get-then-put", "merge"}) {
                int counted = trial(way.equals("merge") ? WordCount::merge : WordCount::getThenPut);
                System.out.printf("trial %d: %s %s (%,d of %,d words)%n", trial, way,
                        counted == words ? "exact" : "lost some", counted, words);
            }
        }
    }
}
