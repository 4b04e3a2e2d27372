import java.util.Map;
import java.util.function.Supplier;

/**
 * The table in a final field of a holder, the holder in a plain field: final makes a holder whole once seen, but
 * the plain field that holds it still races, and its two reads need not even agree.
 */
public class Rates {
    private static final class Loaded {
        final Map<String, Double> table;

        Loaded(Map<String, Double> table) {
            this.table = table;
        }
    }

    private final Supplier<Map<String, Double>> loader;
    private Loaded loaded;

    public Rates(Supplier<Map<String, Double>> loader) {
        this.loader = loader;
    }

    public double rate(String currency) {
        if (loaded == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = new Loaded(loader.get());
                }
            }
        }
        return loaded.table.get(currency);
    }
}
