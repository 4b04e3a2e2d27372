import java.util.concurrent.locks.ReentrantLock;

/** A plain counter guarded by a ReentrantLock, lock() and unlock() in try/finally; read under the lock. */
public class ReentrantLockCounter {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    void add() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    public static void run() throws Exception {
        ReentrantLockCounter c = new ReentrantLockCounter();
        Runnable work = () -> { for (int i = 0; i < 300; i++) c.add(); };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        int seen = 0;
        while (seen < 600) {
            c.lock.lock();
            try {
                seen = c.count;
            } finally {
                c.lock.unlock();
            }
            Thread.sleep(1);
        }
        a.join();
        b.join();
    }
}
