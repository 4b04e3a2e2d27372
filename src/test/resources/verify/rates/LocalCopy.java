import java.util.Map;
import java.util.function.Supplier;

/** Double-checked locking through a local, on a plain field: the quick path's read still races with the write. */
public class Rates {
    private final Supplier<Map<String, Double>> loader;
    private Map<String, Double> table;

    public Rates(Supplier<Map<String, Double>> loader) {
        this.loader = loader;
    }

    public double rate(String currency) {
        Map<String, Double> loaded = table;
        if (loaded == null) {
            synchronized (this) {
                loaded = table;
                if (loaded == null) {
                    loaded = loader.get();
                    table = loaded;
                }
            }
        }
        return loaded.get(currency);
    }
}
