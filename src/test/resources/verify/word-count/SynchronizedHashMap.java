import java.util.HashMap;
import java.util.Map;

/** A plain HashMap, and one lock around every use of it. */
public class WordCount {
    private final Map<String, Integer> counts = new HashMap<>();

    public synchronized void add(String word) {
        Integer old = counts.get(word);
        counts.put(word, old == null ? 1 : old + 1);
    }

    public synchronized int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
