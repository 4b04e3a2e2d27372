import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** Right, if slower: one lock for readers and writers alike. */
public class PriceCache {
    private final Map<String, String> prices = new HashMap<>();
    private final Function<String, String> loader;

    public PriceCache(Function<String, String> loader) {
        this.loader = loader;
    }

    public synchronized String get(String item) {
        return prices.computeIfAbsent(item, loader);
    }
}
