// race: OnlyLastFutureAwaited.first
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two tasks on two pool workers; only the second's get() is awaited, yet the first's result is read. */
public class OnlyLastFutureAwaited {
    private int first;
    private int second;

    public static void run() throws Exception {
        OnlyLastFutureAwaited o = new OnlyLastFutureAwaited();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> f1 = pool.submit(() -> o.first = 1);
        Future<?> f2 = pool.submit(() -> o.second = 2);
        f2.get();
        int sum = o.second + o.first;
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}
