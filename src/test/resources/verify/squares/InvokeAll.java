import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Squares numbers on a pool of threads. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int input : inputs) {
            tasks.add(() -> input * input);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) { // close() waits, then ends the threads
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(tasks)) { // the futures come back in the tasks' order
                results.add(future.get());
            }
            return results;
        }
    }
}
