import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** What the caller wrote before shutdownNow() is read by the task it interrupts, where it catches the interrupt. */
public class ShutdownNowInterrupt {
    private String reason;

    public static void run() throws Exception {
        ShutdownNowInterrupt s = new ShutdownNowInterrupt();
        String[] seen = new String[1];
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        pool.submit(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                seen[0] = s.reason;
            }
        });
        started.await();
        s.reason = "closing";
        pool.shutdownNow();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS) || !"closing".equals(seen[0])) {
            throw new AssertionError(seen[0]);
        }
    }
}
