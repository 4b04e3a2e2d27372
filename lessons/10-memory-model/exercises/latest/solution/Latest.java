/** The latest reading of a sensor: the sensor's thread publishes each new one, and any thread may read it. */
public class Latest {
    /** One reading: its number (1, 2, 3, ...) and the temperature it read. */
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

    private volatile Reading latest; // null until the first reading; a volatile write publishes each one

    /** Called by the sensor's thread, and by no other. */
    public void publish(int number, double celsius) {
        Reading reading = new Reading();
        reading.number = number;
        reading.celsius = celsius;
        latest = reading;
    }

    /** The latest reading published, or null before the first. */
    public Reading latest() {
        return latest;
    }
}
