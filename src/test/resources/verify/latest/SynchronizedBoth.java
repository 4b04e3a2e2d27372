/** One lock on both sides: publish's unlock comes before the next latest()'s lock. */
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

    private Reading latest;

    public synchronized void publish(int number, double celsius) {
        Reading reading = new Reading();
        reading.number = number;
        reading.celsius = celsius;
        latest = reading;
    }

    public synchronized Reading latest() {
        return latest;
    }
}
