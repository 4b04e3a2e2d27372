import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** execute() with no future: shutdown() then awaitTermination() orders every task's writes before the reads. */
public class ExecuteAwaitTermination {
    private final long[] out = new long[6];

    public static void run() throws Exception {
        ExecuteAwaitTermination e = new ExecuteAwaitTermination();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 6; i++) {
            int me = i;
            pool.execute(() -> e.out[me] = me * 2L);
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new AssertionError("did not terminate");
        }
        long sum = 0;
        for (long v : e.out) {
            sum += v;
        }
        if (sum != 30) {
            throw new AssertionError(sum);
        }
    }
}
