/** The caller polls isAlive() until the worker has ended, then reads what it wrote. */
public class IsAliveLoop {
    private long result;

    public static void run() throws Exception {
        IsAliveLoop r = new IsAliveLoop();
        Thread t = new Thread(() -> {
            for (int i = 1; i <= 100; i++) {
                r.result += i;
            }
        });
        t.start();
        while (t.isAlive()) {
            Thread.sleep(1);
        }
        if (r.result != 5050) {
            throw new AssertionError(r.result);
        }
    }
}
