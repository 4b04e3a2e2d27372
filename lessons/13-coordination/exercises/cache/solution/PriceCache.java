import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** Remembers each item's price, loading it once; readers of prices already known share the read lock. */
public class PriceCache {
    private final Map<String, String> prices = new HashMap<>(); // guarded by lock
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
            lock.readLock().unlock(); // let go before asking for the write lock: there is no upgrade
        }
        lock.writeLock().lock();
        try {
            String price = prices.get(item); // again: another thread may have loaded it in between
            if (price == null) {
                price = loader.apply(item);
                prices.put(item, price);
            }
            return price;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
