import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A plain HashMap behind one lock: the look-up and the make are one step. */
public class Registry<V> {
    private final Function<String, V> maker;
    private final Map<String, V> values = new HashMap<>();

    public Registry(Function<String, V> maker) {
        this.maker = maker;
    }

    public synchronized V get(String key) {
        V value = values.get(key);
        if (value == null) {
            value = maker.apply(key);
            values.put(key, value);
        }
        return value;
    }
}
