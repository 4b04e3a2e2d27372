/** Data written before start() is read by the thread; what the thread writes is read after join(). */
public class StartJoin {
    private int input;
    private int output;

    public static void run() throws Exception {
        StartJoin s = new StartJoin();
        s.input = 21;
        Thread t = new Thread(() -> s.output = s.input * 2);
        t.start();
        t.join();
        if (s.output != 42) {
            throw new AssertionError(s.output);
        }
    }
}
