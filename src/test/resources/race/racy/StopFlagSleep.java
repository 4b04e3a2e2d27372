// race: StopFlagSleep.stop
/** A plain stop flag polled in a while (!stop) Thread.sleep(1) loop and set by another thread. */
public class StopFlagSleep {
    private boolean stop;

    public static void run() throws Exception {
        StopFlagSleep s = new StopFlagSleep();
        Thread worker = new Thread(() -> {
            try {
                while (!s.stop) {
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        worker.start();
        Thread.sleep(5);
        s.stop = true;
        worker.join();
    }
}
