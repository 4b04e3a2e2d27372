import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Every caller gets the one value kept, but two that found nothing both made one. */
public class Registry<V> {
    private final Function<String, V> maker;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    public Registry(Function<String, V> maker) {
        this.maker = maker;
    }

    public V get(String key) {
        V value = values.get(key);
        if (value == null) {
            V made = maker.apply(key);
            value = values.putIfAbsent(key, made);
            if (value == null) {
                value = made;
            }
        }
        return value;
    }
}
