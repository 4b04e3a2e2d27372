import java.util.concurrent.CyclicBarrier;

/** Two threads write their own slot, meet at a CyclicBarrier, then each reads the other's slot. */
public class CyclicBarrierPhases {
    public static void run() throws Exception {
        int[] slots = new int[2];
        int[] seen = new int[2];
        CyclicBarrier barrier = new CyclicBarrier(2);
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                try {
                    for (int round = 1; round <= 3; round++) {
                        slots[me] = round * (me + 1);
                        barrier.await();
                        seen[me] += slots[1 - me];
                        barrier.await();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (seen[0] != 12 || seen[1] != 6) {
            throw new AssertionError(seen[0] + " " + seen[1]);
        }
    }
}
