/**
 * A timed join that returns because the thread ended orders the thread's writes before what follows. The first one
 * may give up first (the instrumented run cuts each thread's first timed join short, as a slow thread would), so a
 * second one waits again; no isAlive() that answers false comes between it and the read.
 */
public class TimedJoinCompletes {
    private int result;

    public static void run() throws Exception {
        TimedJoinCompletes r = new TimedJoinCompletes();
        Thread t = new Thread(() -> r.result = 7);
        t.start();
        t.join(5000);
        if (t.isAlive()) {
            t.join(5000);
        }
        if (r.result != 7) {
            throw new AssertionError(r.result);
        }
    }
}
