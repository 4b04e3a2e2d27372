import java.util.concurrent.atomic.LongAdder;
import java.util.ArrayList;
import java.util.List;

/** One LongAdder for all: each thread adds to it for each value, and LongAdder spreads the updates out. */
public class Tally {
    public static long multiplesOf3(int[] values, int threads) throws InterruptedException {
        LongAdder count = new LongAdder();
        int slice = (values.length + threads - 1) / threads;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = Math.min(values.length, t * slice), to = Math.min(values.length, from + slice);
            workers.add(Thread.ofPlatform().start(() -> { for (int i = from; i < to; i++) if (values[i] % 3 == 0) count.increment(); }));
        }
        for (Thread w : workers) w.join();
        return count.sum();
    }
}
