import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Doubles every item, with several consumer threads taking items from one queue. */
public class Pipeline {
    private static final Integer DONE = Integer.MIN_VALUE; // one per consumer, after the items

    public static List<Integer> process(List<Integer> items, int consumers) throws InterruptedException {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>(items);
        for (int c = 0; c < consumers; c++) {
            queue.put(DONE);
        }
        ConcurrentLinkedQueue<Integer> results = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (Integer item = queue.take(); item != DONE; item = queue.take()) {
                        results.add(item * 2);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new ArrayList<>(results);
    }
}
