import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts how often each word was added, with many threads adding at once. */
public class WordCount {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void add(String word) {
        counts.merge(word, 1, Integer::sum); // read, add and write as one step, under the key's bucket
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
