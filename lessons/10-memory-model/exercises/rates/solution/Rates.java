import java.util.Map;
import java.util.function.Supplier;

/** Exchange rates, loaded on first use and then shared by every thread that asks. */
public class Rates {
    private final Supplier<Map<String, Double>> loader;
    private volatile Map<String, Double> table; // loaded on first use, published by a volatile write

    public Rates(Supplier<Map<String, Double>> loader) {
        this.loader = loader;
    }

    public double rate(String currency) {
        Map<String, Double> loaded = table; // one volatile read on the quick path
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
