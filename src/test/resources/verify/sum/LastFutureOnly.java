import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Adds up an array with several threads, one slice each. */
public class ParallelSum {

    public static long sum(int[] values, int threads) throws Exception {
        long[] partial = new long[threads];
        int slice = (values.length + threads - 1) / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                int from = Math.min(values.length, t * slice);
                int to = Math.min(values.length, from + slice);
                futures.add(pool.submit(() -> {
                    long total = 0;
                    for (int i = from; i < to; i++) {
                        total += values[i];
                    }
                    partial[index] = total;
                }));
            }
            futures.get(threads - 1).get(); // the last one submitted is the last to finish, surely
            long sum = 0;
            for (long total : partial) {
                sum += total;
            }
            return sum;
        } finally {
            pool.shutdown();
        }
    }
}
