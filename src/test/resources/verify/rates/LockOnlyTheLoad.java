import java.util.Map;
import java.util.function.Supplier;

/** Checked once, outside the lock, and loaded inside it: two threads that both found nothing both load. */
public class Rates {
    private final Supplier<Map<String, Double>> loader;
    private volatile Map<String, Double> table;

    public Rates(Supplier<Map<String, Double>> loader) {
        this.loader = loader;
    }

    public double rate(String currency) {
        if (table == null) {
            synchronized (this) {
                table = loader.get();
            }
        }
        return table.get(currency);
    }
}
