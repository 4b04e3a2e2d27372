import java.util.stream.IntStream;

/** One slice per index of a parallel stream; forEach returns once every slice is written. */
public class ParallelSum {
    public static long sum(int[] values, int threads) throws InterruptedException {
        long[] partial = new long[threads];
        int slice = (values.length + threads - 1) / threads;
        IntStream.range(0, threads).parallel().forEach(t -> {
            long total = 0;
            for (int i = t * slice; i < Math.min(values.length, (t + 1) * slice); i++) total += values[i];
            partial[t] = total;
        });
        long sum = 0;
        for (long p : partial) sum += p;
        return sum;
    }
}
