import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Word counts with merge(), and per-key LongAdders made with computeIfAbsent(), from two threads. */
public class ConcurrentHashMapMerge {
    public static void run() throws Exception {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, LongAdder> adders = new ConcurrentHashMap<>();
        String[] words = {"a", "b", "a", "c", "b", "a"};
        Runnable work = () -> {
            for (int round = 0; round < 20; round++) {
                for (String w : words) {
                    counts.merge(w, 1, Integer::sum);
                    adders.computeIfAbsent(w, k -> new LongAdder()).increment();
                }
            }
        };
        Thread t1 = new Thread(work);
        Thread t2 = new Thread(work);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (counts.get("a") != 120 || adders.get("b").sum() != 80) {
            throw new AssertionError(counts);
        }
    }
}
