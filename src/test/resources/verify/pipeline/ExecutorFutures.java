import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Doubles every item, with several consumer threads taking items from one queue. */
public class Pipeline {

    public static List<Integer> process(List<Integer> items, int consumers) throws Exception {
        Queue<Integer> queue = new ConcurrentLinkedQueue<>(items);
        try (ExecutorService pool = Executors.newFixedThreadPool(consumers)) {
            List<Future<List<Integer>>> parts = new ArrayList<>();
            for (int c = 0; c < consumers; c++) {
                parts.add(pool.submit(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (Integer item = queue.poll(); item != null; item = queue.poll()) {
                        mine.add(item * 2);
                    }
                    return mine;
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<List<Integer>> part : parts) {
                results.addAll(part.get());
            }
            return results;
        }
    }
}
