import java.util.ArrayList;
import java.util.List;

/** Counts the values divisible by 3, one slice of the array per thread. */
public class Tally {

    public static long multiplesOf3(int[] values, int threads) throws InterruptedException {
        long[] counts = new long[threads]; // one slot per thread: nothing shared while counting
        int slice = (values.length + threads - 1) / threads;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            int from = Math.min(values.length, t * slice);
            int to = Math.min(values.length, from + slice);
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = from; i < to; i++) {
                    if (values[i] % 3 == 0) {
                        counts[index]++; // right, but the slots share a cache line: false sharing
                    }
                }
            }));
        }
        long total = 0;
        for (int t = 0; t < threads; t++) {
            workers.get(t).join();
            total += counts[t];
        }
        return total;
    }
}
