import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Squares numbers on a pool of threads. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> results = Collections.synchronizedList(new ArrayList<>());
        for (int input : inputs) {
            pool.submit(() -> results.add(input * input));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        List<Integer> sorted = new ArrayList<>(results);
        Collections.sort(sorted); // the tasks finish in any order; sorting puts them back
        return sorted;
    }
}
