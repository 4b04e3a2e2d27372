/** join(5000) on a thread that ends well within it: the thread's writes are visible after the join. */
public class TimedJoinCompletes {
    private int result;

    public static void run() throws Exception {
        TimedJoinCompletes r = new TimedJoinCompletes();
        Thread t = new Thread(() -> r.result = 7);
        t.start();
        t.join(5000);
        if (t.isAlive()) {
            throw new AssertionError("still running");
        }
        if (r.result != 7) {
            throw new AssertionError(r.result);
        }
    }
}
