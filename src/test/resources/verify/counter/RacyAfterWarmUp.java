import java.util.concurrent.atomic.AtomicInteger;

/** Safe for its first 10,000 calls, then it drops the lock: only a long run on real threads gets there. */
public class Counter {
    private final AtomicInteger calls = new AtomicInteger();
    private int count;

    public void increment() {
        if (calls.incrementAndGet() <= 10_000) {
            synchronized (this) {
                count++;
            }
        } else {
            int read = count;
            Thread.yield(); // another thread gets to run between the read and the write
            count = read + 1;
        }
    }

    public synchronized int get() {
        return count;
    }
}
