/** Two threads call a synchronized instance method; a synchronized getter reads the total. */
public class SyncMethodCounter {
    private int count;

    synchronized void add() {
        count++;
    }

    synchronized int total() {
        return count;
    }

    public static void run() throws Exception {
        SyncMethodCounter c = new SyncMethodCounter();
        Thread a = new Thread(() -> { for (int i = 0; i < 500; i++) c.add(); });
        Thread b = new Thread(() -> { for (int i = 0; i < 500; i++) c.add(); });
        a.start();
        b.start();
        while (c.total() < 1000) {
            Thread.sleep(1);
        }
        a.join();
        b.join();
    }
}
