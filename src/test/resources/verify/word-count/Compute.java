import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** compute reads the old count and writes the new one as one step. */
public class WordCount {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void add(String word) {
        counts.compute(word, (w, old) -> old == null ? 1 : old + 1);
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
