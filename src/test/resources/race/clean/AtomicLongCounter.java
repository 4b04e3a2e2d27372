import java.util.concurrent.atomic.AtomicLong;

/** Two threads count with AtomicLong.incrementAndGet(); the total is read after join. */
public class AtomicLongCounter {
    public static void run() throws Exception {
        AtomicLong count = new AtomicLong();
        Runnable work = () -> { for (int i = 0; i < 500; i++) count.incrementAndGet(); };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
        if (count.get() != 1000) {
            throw new AssertionError(count.get());
        }
    }
}
