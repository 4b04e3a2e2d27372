// race: OnlyLastAsyncJoined.first
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Two runAsync() stages on a two-worker pool; only the second is joined, yet the first's result is read. */
public class OnlyLastAsyncJoined {
    private int first;
    private int second;

    public static void run() throws Exception {
        OnlyLastAsyncJoined o = new OnlyLastAsyncJoined();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> f1 = CompletableFuture.runAsync(() -> o.first = 1, pool);
        CompletableFuture<Void> f2 = CompletableFuture.runAsync(() -> o.second = 2, pool);
        f2.join();
        int sum = o.second + o.first;
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}
