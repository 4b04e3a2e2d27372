import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Squares numbers on a pool of threads. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) throws InterruptedException {
        Integer[] results = new Integer[inputs.size()]; // one slot per input, each written by one task
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            int input = inputs.get(i);
            pool.execute(() -> results[index] = input * input);
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) { // every task's writes happen-before this returns true
            throw new IllegalStateException("the tasks did not finish");
        }
        return Arrays.asList(results);
    }
}
