import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Right: ConcurrentHashMap.computeIfAbsent runs the loader at most once per key, and reads take no lock. */
public class PriceCache {
    private final ConcurrentHashMap<String, String> prices = new ConcurrentHashMap<>();
    private final Function<String, String> loader;

    public PriceCache(Function<String, String> loader) {
        this.loader = loader;
    }

    public String get(String item) {
        return prices.computeIfAbsent(item, loader);
    }
}
