import java.util.ArrayList;
import java.util.List;

/** Counts the values divisible by 3, one slice of the array per thread. */
public class Tally {
    private static long count;

    public static long multiplesOf3(int[] values, int threads) throws InterruptedException {
        count = 0;
        int slice = (values.length + threads - 1) / threads;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = Math.min(values.length, t * slice);
            int to = Math.min(values.length, from + slice);
            workers.add(Thread.ofPlatform().start(() -> {
                long mine = 0;
                for (int i = from; i < to; i++) {
                    if (values[i] % 3 == 0) {
                        mine++;
                    }
                }
                synchronized (Tally.class) { // once per thread
                    count += mine;
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return count;
    }
}
