import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/** Doubles every item, with several consumer threads taking items from one queue. */
public class Pipeline {

    public static List<Integer> process(List<Integer> items, int consumers) {
        Queue<Integer> queue = new ArrayDeque<>(items);
        List<Integer> results = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            new Thread(() -> {
                while (!queue.isEmpty()) {
                    Integer item = queue.poll();
                    results.add(item * 2);
                }
            }).start();
        }
        return results;
    }
}
