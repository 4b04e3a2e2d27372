import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Loads a value on first use; every caller gets that one value. */
public class Config {
    private final Supplier<String> loader;
    private final AtomicReference<String> value = new AtomicReference<>();

    public Config(Supplier<String> loader) {
        this.loader = loader;
    }

    public String get() {
        // atomic, but the function may run again when another thread's update lands first: a second load
        return value.updateAndGet(v -> v == null ? loader.get() : v);
    }
}
