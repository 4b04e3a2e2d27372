/** Plain data published by a volatile flag: written before the flag is set, read after it is seen. */
public class VolatileFlag {
    private int answer;
    private String name;
    private volatile boolean ready;

    public static void run() throws Exception {
        VolatileFlag f = new VolatileFlag();
        int[] seen = new int[1];
        Thread reader = new Thread(() -> {
            while (!f.ready) {
                Thread.onSpinWait();
            }
            seen[0] = f.answer + f.name.length();
        });
        reader.start();
        f.answer = 40;
        f.name = "ab";
        f.ready = true;
        reader.join();
        if (seen[0] != 42) {
            throw new AssertionError(seen[0]);
        }
    }
}
