/** Readings with final fields, published through a plain field: each is whole once seen, but which one is seen races. */
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

    private Reading latest;

    public void publish(int number, double celsius) {
        latest = new Reading(number, celsius);
    }

    public Reading latest() {
        return latest;
    }
}
