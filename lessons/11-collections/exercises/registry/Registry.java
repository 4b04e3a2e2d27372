import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** One value per key, such as a connection per host: made on first use, then shared by every thread that asks. */
public class Registry<V> {
    private final Function<String, V> maker;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    public Registry(Function<String, V> maker) {
        this.maker = maker;
    }

    public V get(String key) {
        V value = values.get(key);
        if (value == null) {
            value = maker.apply(key);
            values.put(key, value);
        }
        return value;
    }
}
