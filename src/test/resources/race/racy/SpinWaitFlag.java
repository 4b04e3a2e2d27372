// race: SpinWaitFlag.ready
/** A plain flag spun on with Thread.onSpinWait(), which is a hint and orders nothing. */
public class SpinWaitFlag {
    private boolean ready;
    private int data;

    public static void run() throws Exception {
        SpinWaitFlag f = new SpinWaitFlag();
        Thread reader = new Thread(() -> {
            while (!f.ready) {
                Thread.onSpinWait();
            }
        });
        reader.start();
        f.ready = true;
        reader.join();
    }
}
