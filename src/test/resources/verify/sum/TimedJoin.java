import java.util.ArrayList;
import java.util.List;

/** Adds up an array with several threads, one slice each. */
public class ParallelSum {

    public static long sum(int[] values, int threads) throws InterruptedException {
        long[] partial = new long[threads];
        int slice = (values.length + threads - 1) / threads;
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
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join(1000); // a second is plenty for a slice
        }
        long sum = 0;
        for (long total : partial) {
            sum += total;
        }
        return sum;
    }
}
