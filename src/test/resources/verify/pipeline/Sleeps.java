import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Doubles every item, with several consumer threads taking items from one queue. */
public class Pipeline {

    public static List<Integer> process(List<Integer> items, int consumers) throws InterruptedException {
        Queue<Integer> queue = new ConcurrentLinkedQueue<>(items);
        List<Integer> results = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                Integer item;
                while ((item = queue.poll()) != null) { // take, or learn there is none, in one step
                    results.add(item * 2);
                }
            }));
        }
        Thread.sleep(100); // the consumers are quick
        return results;
    }
}
