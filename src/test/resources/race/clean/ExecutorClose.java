import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** try-with-resources on an ExecutorService: close() waits for the tasks, so their writes are seen after it. */
public class ExecutorClose {
    private final int[] out = new int[4];

    public static void run() throws Exception {
        ExecutorClose e = new ExecutorClose();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 4; i++) {
                int me = i;
                pool.submit(() -> e.out[me] = me + 1);
            }
        }
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            virtual.execute(() -> e.out[0] += 100);
        }
        if (e.out[0] + e.out[1] + e.out[2] + e.out[3] != 110) {
            throw new AssertionError();
        }
    }
}
