import java.util.concurrent.atomic.AtomicReference;

/** An AtomicReference publishes as a volatile field does. */
public class Latest {
    public static class Reading {
        private final int number;
        private final double celsius;

        Reading(int number, double celsius) {
            this.number = number;
            this.celsius = celsius;
        }

        public int number() {
            return number;
        }

        public double celsius() {
            return celsius;
        }
    }

    private final AtomicReference<Reading> latest = new AtomicReference<>();

    public void publish(int number, double celsius) {
        latest.set(new Reading(number, celsius));
    }

    public Reading latest() {
        return latest.get();
    }
}
