/** A static field guarded by static synchronized methods (the class's monitor) and a block on the class. */
public class StaticSyncCounter {
    private static int count;

    static synchronized void add() {
        count++;
    }

    public static void run() throws Exception {
        synchronized (StaticSyncCounter.class) {
            count = 0;
        }
        Thread a = new Thread(() -> { for (int i = 0; i < 500; i++) add(); });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                synchronized (StaticSyncCounter.class) {
                    count++;
                }
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        if (count != 1000) {
            throw new AssertionError(count);
        }
    }
}
