import java.util.HashMap;
import java.util.Map;

/** add() locks, count() does not: a count read while the map changes races with the adds. */
public class WordCount {
    private final Map<String, Integer> counts = new HashMap<>();

    public synchronized void add(String word) {
        counts.merge(word, 1, Integer::sum);
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
