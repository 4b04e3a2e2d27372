import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLongArray;

/** Adds up an array with several threads, one slice each. */
public class ParallelSum {

    public static long sum(int[] values, int threads) throws InterruptedException {
        AtomicLongArray partial = new AtomicLongArray(threads);
        CountDownLatch done = new CountDownLatch(threads);
        int slice = (values.length + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int index = t;
            int from = Math.min(values.length, t * slice);
            int to = Math.min(values.length, from + slice);
            new Thread(() -> {
                long total = 0;
                for (int i = from; i < to; i++) {
                    total += values[i];
                }
                partial.set(index, total);
                done.countDown();
            }).start();
        }
        done.await(); // every countDown() happens-before await() returns
        long sum = 0;
        for (int t = 0; t < threads; t++) {
            sum += partial.get(t);
        }
        return sum;
    }
}
