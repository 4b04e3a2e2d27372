/** Two threads increment under one lock; the caller reads after join. */
public class SynchronizedCounter {
    private int count;

    synchronized void increment() {
        count++;
    }

    public static void run() throws InterruptedException {
        SynchronizedCounter c = new SynchronizedCounter();
        Thread a = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                c.increment();
            }
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                synchronized (c) {
                    c.count++;
                }
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        if (c.count != 2000) {
            throw new AssertionError(c.count);
        }
    }
}
