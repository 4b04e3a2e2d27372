/** A volatile field, but one Reading changed in place after it was published: those writes race with the readers. */
public class Latest {
    public static class Reading {
        private int number;
        private double celsius;

        public int number() {
            return number;
        }

        public double celsius() {
            return celsius;
        }
    }

    private final Reading reading = new Reading();
    private volatile Reading latest;

    public void publish(int number, double celsius) {
        reading.number = number;
        reading.celsius = celsius;
        latest = reading;
    }

    public Reading latest() {
        return latest;
    }
}
