import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Loads a value on first use; every caller gets that one value. */
public class Config {
    private final Supplier<String> loader;
    private final ReentrantLock lock = new ReentrantLock();
    private String value;

    public Config(Supplier<String> loader) {
        this.loader = loader;
    }

    public String get() {
        lock.lock();
        try {
            if (value == null) {
                value = loader.get();
            }
            return value;
        } finally {
            lock.unlock();
        }
    }
}
