// race: TwoDifferentLocks.count
/** Each thread locks its own monitor around the shared counter: different monitors order nothing. */
public class TwoDifferentLocks {
    private final Object lockA = new Object();
    private final Object lockB = new Object();
    private int count;

    public static void run() throws Exception {
        TwoDifferentLocks t = new TwoDifferentLocks();
        Thread a = new Thread(() -> { for (int i = 0; i < 100; i++) synchronized (t.lockA) { t.count++; } });
        Thread b = new Thread(() -> { for (int i = 0; i < 100; i++) synchronized (t.lockB) { t.count++; } });
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
