import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Squares numbers on a pool of threads. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int input : inputs) {
                futures.add(pool.submit(() -> input * input));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get()); // waits for that task; in input order
            }
            return results;
        } finally {
            // the futures are all done: nothing left to shut down
        }
    }
}
