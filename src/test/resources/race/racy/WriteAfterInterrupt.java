// race: WriteAfterInterrupt.code
/** The caller writes the field after interrupt(): catching the InterruptedException orders only what came before. */
public class WriteAfterInterrupt {
    private int code;

    public static void run() throws Exception {
        WriteAfterInterrupt s = new WriteAfterInterrupt();
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
        worker.interrupt();
        s.code = 9;
        worker.join();
    }
}
