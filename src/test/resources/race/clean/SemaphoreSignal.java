import java.util.concurrent.Semaphore;

/** A Semaphore as a mutex around a plain counter, and as a signal that the work is done. */
public class SemaphoreSignal {
    private int count;

    public static void run() throws Exception {
        SemaphoreSignal s = new SemaphoreSignal();
        Semaphore mutex = new Semaphore(1);
        Semaphore finished = new Semaphore(0);
        Runnable work = () -> {
            for (int i = 0; i < 200; i++) {
                mutex.acquireUninterruptibly();
                try {
                    s.count++;
                } finally {
                    mutex.release();
                }
            }
            finished.release();
        };
        new Thread(work).start();
        new Thread(work).start();
        finished.acquire(2);
        if (s.count != 400) {
            throw new AssertionError(s.count);
        }
    }
}
