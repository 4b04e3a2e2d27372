/** An immutable object with final fields, made before start() and read by two threads. */
public class FinalFields {
    static final class Range {
        final int low;
        final int high;

        Range(int low, int high) {
            this.low = low;
            this.high = high;
        }
    }

    public static void run() throws Exception {
        Range range = new Range(1, 100);
        long[] sums = new long[2];
        Thread a = new Thread(() -> { for (int i = range.low; i <= range.high; i += 2) sums[0] += i; });
        Thread b = new Thread(() -> { for (int i = range.low + 1; i <= range.high; i += 2) sums[1] += i; });
        a.start();
        b.start();
        a.join();
        b.join();
        if (sums[0] + sums[1] != 5050) {
            throw new AssertionError();
        }
    }
}
