import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Adds up an array with several threads, one slice each. */
public class ParallelSum {

    public static long sum(int[] values, int threads) {
        int slice = (values.length + threads - 1) / threads;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<CompletableFuture<Long>> totals = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = Math.min(values.length, t * slice);
                int to = Math.min(values.length, from + slice);
                totals.add(CompletableFuture.supplyAsync(() -> {
                    long total = 0;
                    for (int i = from; i < to; i++) {
                        total += values[i];
                    }
                    return total;
                }, pool));
            }
            return totals.stream().mapToLong(CompletableFuture::join).sum();
        }
    }
}
