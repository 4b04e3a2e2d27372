import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** Wrong: lets go of the read lock, takes the write lock, and loads without looking again. */
public class PriceCache {
    private final Map<String, String> prices = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Function<String, String> loader;

    public PriceCache(Function<String, String> loader) {
        this.loader = loader;
    }

    public String get(String item) {
        lock.readLock().lock();
        try {
            String price = prices.get(item);
            if (price != null) {
                return price;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            String price = loader.apply(item);
            prices.put(item, price);
            return price;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
