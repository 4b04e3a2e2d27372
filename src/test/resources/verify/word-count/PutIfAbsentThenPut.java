import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** putIfAbsent for the first, then a get and a put: the increment is still two calls. */
public class WordCount {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void add(String word) {
        if (counts.putIfAbsent(word, 1) != null) {
            counts.put(word, counts.get(word) + 1);
        }
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
