import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Counts the values divisible by 3, one slice of the array per thread. */
public class Tally {

    public static long multiplesOf3(int[] values, int threads) throws InterruptedException, ExecutionException {
        int slice = (values.length + threads - 1) / threads;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = Math.min(values.length, t * slice);
                int to = Math.min(values.length, from + slice);
                counts.add(pool.submit(() -> {
                    long mine = 0;
                    for (int i = from; i < to; i++) {
                        if (values[i] % 3 == 0) {
                            mine++;
                        }
                    }
                    return mine;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        }
    }
}
