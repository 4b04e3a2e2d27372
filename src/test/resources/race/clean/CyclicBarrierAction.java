import java.util.concurrent.CyclicBarrier;

/** A CyclicBarrier's action sums the slots every party wrote before it arrived; each party reads the sum after. */
public class CyclicBarrierAction {
    private final int[] slots = new int[2];
    private int total;

    public static void run() throws Exception {
        CyclicBarrierAction a = new CyclicBarrierAction();
        CyclicBarrier barrier = new CyclicBarrier(2, () -> a.total = a.slots[0] + a.slots[1]);
        int[] seen = new int[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                try {
                    a.slots[me] = me + 20;
                    barrier.await();
                    seen[me] = a.total;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (a.total != 41 || seen[0] != 41 || seen[1] != 41) {
            throw new AssertionError(a.total);
        }
    }
}
