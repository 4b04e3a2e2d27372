import java.util.function.Supplier;

/** Loads a value on first use; every caller gets that one value. */
public class Config {
    private final Supplier<String> loader;
    private volatile String value;

    public Config(Supplier<String> loader) {
        this.loader = loader;
    }

    public String get() {
        if (value == null) { // volatile makes the value visible, but the check and the load are still two steps
            value = loader.get();
        }
        return value;
    }
}
