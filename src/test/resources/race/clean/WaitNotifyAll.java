/** wait() in a while loop on a monitor, notifyAll() after the guarded state is changed under it. */
public class WaitNotifyAll {
    private final Object monitor = new Object();
    private boolean done;
    private int result;

    public static void run() throws Exception {
        WaitNotifyAll w = new WaitNotifyAll();
        Thread worker = new Thread(() -> {
            int r = 0;
            for (int i = 0; i < 10; i++) {
                r += i;
            }
            synchronized (w.monitor) {
                w.result = r;
                w.done = true;
                w.monitor.notifyAll();
            }
        });
        worker.start();
        int seen;
        synchronized (w.monitor) {
            while (!w.done) {
                w.monitor.wait();
            }
            seen = w.result;
        }
        worker.join();
        if (seen != 45) {
            throw new AssertionError(seen);
        }
    }
}
