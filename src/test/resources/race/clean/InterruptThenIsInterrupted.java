/** Data written before interrupt() is read by the thread once isInterrupted() says it has been interrupted. */
public class InterruptThenIsInterrupted {
    private String reason;

    public static void run() throws Exception {
        InterruptThenIsInterrupted s = new InterruptThenIsInterrupted();
        String[] seen = new String[1];
        Thread worker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            seen[0] = s.reason;
        });
        worker.start();
        s.reason = "shutdown";
        worker.interrupt();
        worker.join();
        if (!"shutdown".equals(seen[0])) {
            throw new AssertionError(seen[0]);
        }
    }
}
