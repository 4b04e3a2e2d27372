import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Adds up an array with several threads, one slice each. */
public class ParallelSum {

    public static long sum(int[] values, int threads) throws Exception {
        int slice = (values.length + threads - 1) / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> totals = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = Math.min(values.length, t * slice);
                int to = Math.min(values.length, from + slice);
                totals.add(pool.submit(() -> {
                    long total = 0;
                    for (int i = from; i < to; i++) {
                        total += values[i];
                    }
                    return total;
                }));
            }
            long sum = 0;
            for (Future<Long> total : totals) {
                sum += total.get();
            }
            return sum;
        } finally {
            pool.shutdown();
        }
    }
}
