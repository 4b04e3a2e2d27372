// race: PlainCounter.count
/** Two threads increment a plain field with no lock. */
public class PlainCounter {
    private int count;

    public static void run() throws InterruptedException {
        PlainCounter c = new PlainCounter();
        Runnable add = () -> {
            for (int i = 0; i < 1000; i++) {
                c.count++;
            }
        };
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
