// race: the HashMap
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Pool tasks put() into one plain HashMap: nothing orders one task's put before another's on another worker. */
public class HashMapPoolTasks {
    public static void run() throws Exception {
        Map<Integer, Integer> squares = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 20; i++) {
            int n = i;
            pool.execute(() -> squares.put(n, n * n));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}
