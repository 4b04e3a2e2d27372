/** long and double fields and array elements, plain under a lock and volatile: the values must come out whole. */
public class WideValues {
    private long total;
    private double mean;
    private volatile long last;
    private volatile double ratio;
    private static long grand;
    private static volatile double scale;
    private final long[] longs = new long[2];
    private final double[] doubles = new double[2];

    public static void run() throws Exception {
        WideValues w = new WideValues();
        synchronized (WideValues.class) {
            grand = 0;
        }
        Runnable work = () -> {
            for (int i = 1; i <= 100; i++) {
                synchronized (w) {
                    w.total += 1L << 33;
                    w.mean += 0.5;
                    w.longs[i % 2] += 3_000_000_000L;
                    w.doubles[i % 2] -= 1.25;
                }
                w.last = i * 10_000_000_000L;
                w.ratio = i / 4.0;
                synchronized (WideValues.class) {
                    grand += w.last > 0 ? 1 : 0;
                }
                scale = 2.5;
            }
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
        if (w.total != 200L << 33 || w.mean != 100.0 || w.longs[0] != 300_000_000_000L || w.doubles[1] != -125.0
                || w.last != 1_000_000_000_000L || w.ratio != 25.0 || grand != 200 || scale != 2.5) {
            throw new AssertionError(w.total + " " + w.mean + " " + w.longs[0] + " " + w.doubles[1] + " " + w.last
                    + " " + w.ratio + " " + grand);
        }
    }
}
