import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A synchronized wrapper locks each call, not the pair: get then put still loses counts. */
public class WordCount {
    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    public void add(String word) {
        Integer old = counts.get(word);
        counts.put(word, old == null ? 1 : old + 1);
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
