import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Writers under the write lock, readers under the read lock, of one ReentrantReadWriteLock. */
public class ReadWriteLockCache {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private int version;
    private String value = "v0";

    void update(int v) {
        rw.writeLock().lock();
        try {
            version = v;
            value = "v" + v;
        } finally {
            rw.writeLock().unlock();
        }
    }

    int read() {
        rw.readLock().lock();
        try {
            return value.equals("v" + version) ? version : -1;
        } finally {
            rw.readLock().unlock();
        }
    }

    public static void run() throws Exception {
        ReadWriteLockCache c = new ReadWriteLockCache();
        Thread writer = new Thread(() -> { for (int i = 1; i <= 100; i++) c.update(i); });
        int[] bad = new int[2];
        Thread r1 = new Thread(() -> { for (int i = 0; i < 100; i++) if (c.read() < 0) bad[0]++; });
        Thread r2 = new Thread(() -> { for (int i = 0; i < 100; i++) if (c.read() < 0) bad[1]++; });
        writer.start();
        r1.start();
        r2.start();
        writer.join();
        r1.join();
        r2.join();
        if (bad[0] + bad[1] != 0) {
            throw new AssertionError("torn read");
        }
    }
}
