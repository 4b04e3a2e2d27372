import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** computeIfAbsent on a plain HashMap shared with no lock: the method is only as thread-safe as the map. */
public class Registry<V> {
    private final Function<String, V> maker;
    private final Map<String, V> values = new HashMap<>();

    public Registry(Function<String, V> maker) {
        this.maker = maker;
    }

    public V get(String key) {
        return values.computeIfAbsent(key, maker);
    }
}
