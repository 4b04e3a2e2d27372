// race: ShortTimedJoin.result
/** join(1) returns while the worker still runs; the caller reads the result, which the worker writes later. */
public class ShortTimedJoin {
    private int result;

    public static void run() throws Exception {
        ShortTimedJoin s = new ShortTimedJoin();
        Thread caller = Thread.currentThread();
        Thread worker = new Thread(() -> {
            try {
                // until the caller is in its untimed join() below, so after its join(1) has returned (no edge)
                while (caller.getState() != Thread.State.WAITING) {
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            s.result = 42;
        });
        worker.start();
        worker.join(1);
        int seen = s.result;
        worker.join();
    }
}
