// race: WriteAfterStart.config
/** The caller sets a field after start(): start() only orders what came before it. */
public class WriteAfterStart {
    private int config;

    public static void run() throws Exception {
        WriteAfterStart w = new WriteAfterStart();
        int[] seen = new int[1];
        Thread t = new Thread(() -> seen[0] = w.config);
        t.start();
        w.config = 3;
        t.join();
    }
}
