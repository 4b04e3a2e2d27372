import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The consumers share one volatile "current item" field: another consumer can overwrite it between write and read. */
public class Pipeline {
    private static volatile Integer current;

    public static List<Integer> process(List<Integer> items, int consumers) throws InterruptedException {
        Queue<Integer> queue = new ConcurrentLinkedQueue<>(items);
        List<Integer> results = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while ((current = queue.poll()) != null) {
                    results.add(current * 2);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return results;
    }
}
