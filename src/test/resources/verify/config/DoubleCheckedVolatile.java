import java.util.function.Supplier;

/** Loads a value on first use; every caller gets that one value. */
public class Config {
    private final Supplier<String> loader;
    private volatile String value;

    public Config(Supplier<String> loader) {
        this.loader = loader;
    }

    public String get() {
        String loaded = value; // one volatile read on the fast path
        if (loaded == null) {
            synchronized (this) {
                loaded = value;
                if (loaded == null) {
                    value = loaded = loader.get();
                }
            }
        }
        return loaded;
    }
}
