/** Two threads increment a plain field inside synchronized blocks on one shared lock object. */
public class SyncBlockCounter {
    private final Object lock = new Object();
    private int count;

    public static void run() throws Exception {
        SyncBlockCounter c = new SyncBlockCounter();
        Runnable add = () -> {
            for (int i = 0; i < 500; i++) {
                synchronized (c.lock) {
                    c.count++;
                }
            }
        };
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        a.join();
        b.join();
        synchronized (c.lock) {
            if (c.count != 1000) {
                throw new AssertionError(c.count);
            }
        }
    }
}
