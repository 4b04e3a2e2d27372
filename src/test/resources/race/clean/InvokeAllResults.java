import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** invokeAll() returns once every task has ended: their side effects and results are read after it. */
public class InvokeAllResults {
    private final int[] touched = new int[3];

    public static void run() throws Exception {
        InvokeAllResults r = new InvokeAllResults();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int me = i;
                tasks.add(() -> {
                    r.touched[me] = 1;
                    return me * me;
                });
            }
            int sum = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                sum += f.get();
            }
            if (sum != 5 || r.touched[0] + r.touched[1] + r.touched[2] != 3) {
                throw new AssertionError(sum);
            }
        } finally {
            pool.shutdown();
        }
    }
}
