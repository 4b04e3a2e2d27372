import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** putIfAbsent keeps one value, but its argument is made on every call. */
public class Registry<V> {
    private final Function<String, V> maker;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    public Registry(Function<String, V> maker) {
        this.maker = maker;
    }

    public V get(String key) {
        V made = maker.apply(key);
        V had = values.putIfAbsent(key, made);
        return had == null ? made : had;
    }
}
