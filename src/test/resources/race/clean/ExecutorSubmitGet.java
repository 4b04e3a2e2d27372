import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Tasks submitted to a fixed pool read data written before submit(); get() orders their writes before the reads. */
public class ExecutorSubmitGet {
    private int factor;
    private final int[] out = new int[4];

    public static void run() throws Exception {
        ExecutorSubmitGet e = new ExecutorSubmitGet();
        e.factor = 3;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?>[] futures = new Future<?>[4];
            for (int i = 0; i < 4; i++) {
                int me = i;
                futures[i] = pool.submit(() -> e.out[me] = me * e.factor);
            }
            Future<Integer> sum = pool.submit(() -> e.factor + 1);
            for (Future<?> f : futures) {
                f.get();
            }
            if (e.out[3] != 9 || sum.get() != 4) {
                throw new AssertionError();
            }
        } finally {
            pool.shutdown();
        }
    }
}
