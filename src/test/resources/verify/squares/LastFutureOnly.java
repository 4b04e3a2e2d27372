import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Waits only for the last task's future, then reads every task's slot: the others may not have run yet. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int[] squares = new int[inputs.size()];
        Future<?> last = null;
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            int input = inputs.get(i);
            last = pool.submit(() -> squares[index] = input * input);
        }
        if (last != null) {
            last.get();
        }
        pool.shutdown();
        List<Integer> results = new ArrayList<>();
        for (int square : squares) {
            results.add(square);
        }
        return results;
    }
}
