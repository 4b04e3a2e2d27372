import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts how often each word was added, with many threads adding at once. */
public class WordCount {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void add(String word) {
        Integer old = counts.get(word);
        counts.put(word, old == null ? 1 : old + 1);
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
