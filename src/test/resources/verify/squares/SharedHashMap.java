import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Squares numbers on a pool of threads. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) throws InterruptedException {
        Map<Integer, Integer> squares = new HashMap<>(); // put by every pool thread at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            int input = inputs.get(i);
            pool.execute(() -> squares.put(index, input * input));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        List<Integer> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            results.add(squares.get(i));
        }
        return results;
    }
}
