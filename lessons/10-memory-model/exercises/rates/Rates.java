import java.util.Map;
import java.util.function.Supplier;

/** Exchange rates, loaded on first use and then shared by every thread that asks. */
public class Rates {
    private final Supplier<Map<String, Double>> loader;
    private Map<String, Double> table; // loaded on first use

    public Rates(Supplier<Map<String, Double>> loader) {
        this.loader = loader;
    }

    public double rate(String currency) {
        if (table == null) {             // no lock: quick once loaded
            synchronized (this) {
                if (table == null) {     // checked again, under the lock
                    table = loader.get();
                }
            }
        }
        return table.get(currency);
    }
}
