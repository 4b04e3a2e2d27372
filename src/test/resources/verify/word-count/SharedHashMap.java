import java.util.HashMap;
import java.util.Map;

/** merge, but on a plain HashMap shared with no lock: one step inside the map, a data race on the map itself. */
public class WordCount {
    private final Map<String, Integer> counts = new HashMap<>();

    public void add(String word) {
        counts.merge(word, 1, Integer::sum);
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
