import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Doubles every item, with several consumer threads taking items from one queue. */
public class Pipeline {

    public static List<Integer> process(List<Integer> items, int consumers) throws InterruptedException {
        Queue<Integer> queue = new ConcurrentLinkedQueue<>(items);
        List<List<Integer>> lists = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            List<Integer> mine = new ArrayList<>(); // only this consumer adds to it
            lists.add(mine);
            threads.add(Thread.ofPlatform().start(() -> {
                for (Integer item = queue.poll(); item != null; item = queue.poll()) {
                    mine.add(item * 2);
                }
            }));
        }
        List<Integer> results = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            threads.get(c).join(); // its list is complete and visible once it has ended
            results.addAll(lists.get(c));
        }
        return results;
    }
}
