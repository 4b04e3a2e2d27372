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
            if (price == null) {
                lock.writeLock().lock(); // a miss: write the loaded price
                try {
                    price = loader.apply(item);
                    prices.put(item, price);
                } finally {
                    lock.writeLock().unlock();
                }
            }
            return price;
        } finally {
            lock.readLock().unlock();
        }
    }
}
