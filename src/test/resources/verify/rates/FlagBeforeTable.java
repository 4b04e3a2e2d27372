import java.util.Map;
import java.util.function.Supplier;

/** A volatile flag, but raised before the table is stored: a reader that sees the flag is not ordered after the table. */
public class Rates {
    private final Supplier<Map<String, Double>> loader;
    private volatile boolean loaded;
    private Map<String, Double> table;

    public Rates(Supplier<Map<String, Double>> loader) {
        this.loader = loader;
    }

    public double rate(String currency) {
        if (!loaded) {
            synchronized (this) {
                if (table == null) {
                    Map<String, Double> t = loader.get();
                    loaded = true;
                    table = t;
                }
            }
        }
        return table.get(currency);
    }
}
