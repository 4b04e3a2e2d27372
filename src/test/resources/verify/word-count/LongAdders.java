import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** One LongAdder per word, made once by computeIfAbsent; increments need no lock on the map. */
public class WordCount {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(String word) {
        counts.computeIfAbsent(word, w -> new LongAdder()).increment();
    }

    public int count(String word) {
        LongAdder adder = counts.get(word);
        return adder == null ? 0 : adder.intValue();
    }
}
