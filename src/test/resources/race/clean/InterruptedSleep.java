/** Data written before interrupt() is read where the thread catches the InterruptedException from sleep(). */
public class InterruptedSleep {
    private int code;

    public static void run() throws Exception {
        InterruptedSleep s = new InterruptedSleep();
        int[] seen = new int[1];
        Thread worker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                }
            } catch (InterruptedException e) {
                seen[0] = s.code;
            }
        });
        worker.start();
        s.code = 9;
        worker.interrupt();
        worker.join();
        if (seen[0] != 9) {
            throw new AssertionError(seen[0]);
        }
    }
}
