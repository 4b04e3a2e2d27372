import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** Wrong: the fast path reads the HashMap with no lock while a writer may be changing it. */
public class PriceCache {
    private final Map<String, String> prices = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Function<String, String> loader;

    public PriceCache(Function<String, String> loader) {
        this.loader = loader;
    }

    public String get(String item) {
        String price = prices.get(item);
        if (price != null) {
            return price;
        }
        lock.writeLock().lock();
        try {
            return prices.computeIfAbsent(item, loader);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
