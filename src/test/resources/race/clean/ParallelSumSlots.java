/** A parallel sum: each thread writes only its own slot of a shared array; the caller adds them after join. */
public class ParallelSumSlots {
    private final long[] partial = new long[4];
    private final int[] data = new int[400];

    public static void run() throws Exception {
        ParallelSumSlots p = new ParallelSumSlots();
        for (int i = 0; i < p.data.length; i++) {
            p.data[i] = i;
        }
        Thread[] threads = new Thread[4];
        for (int t = 0; t < 4; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                for (int i = me * 100; i < (me + 1) * 100; i++) {
                    p.partial[me] += p.data[i];
                }
            });
            threads[t].start();
        }
        long total = 0;
        for (int t = 0; t < 4; t++) {
            threads[t].join();
            total += p.partial[t];
        }
        if (total != 79800) {
            throw new AssertionError(total);
        }
    }
}
