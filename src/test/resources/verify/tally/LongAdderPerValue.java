import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Counts the values divisible by 3, one slice of the array per thread. */
public class Tally {

    public static long multiplesOf3(int[] values, int threads) throws InterruptedException {
        LongAdder count = new LongAdder(); // a cell per thread, under contention
        int slice = (values.length + threads - 1) / threads;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = Math.min(values.length, t * slice);
            int to = Math.min(values.length, from + slice);
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = from; i < to; i++) {
                    if (values[i] % 3 == 0) {
                        count.increment();
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return count.sum();
    }
}
