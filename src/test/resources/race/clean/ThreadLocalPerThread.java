/** A ThreadLocal buffer per thread: each thread appends to its own and stores the text in its own slot. */
public class ThreadLocalPerThread {
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    public static void run() throws Exception {
        String[] out = new String[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 5; k++) {
                    BUFFER.get().append(me);
                    COUNT.get()[0]++;
                }
                out[me] = BUFFER.get().toString() + COUNT.get()[0];
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!out[0].equals("000005") || !out[1].equals("111115")) {
            throw new AssertionError(out[0] + " " + out[1]);
        }
    }
}
