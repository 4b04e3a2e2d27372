import java.util.concurrent.Phaser;

/** An anonymous Phaser whose onAdvance() (run by the last party to arrive) sums what every party wrote before. */
public class PhaserOnAdvance {
    private final int[] slots = new int[2];
    private int total;

    public static void run() throws Exception {
        PhaserOnAdvance p = new PhaserOnAdvance();
        var phaser = new Phaser(2) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                p.total = p.slots[0] + p.slots[1];
                return true;
            }
        };
        int[] seen = new int[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                p.slots[me] = me + 5;
                phaser.arriveAndAwaitAdvance();
                seen[me] = p.total;
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (p.total != 11 || seen[0] != 11 || seen[1] != 11) {
            throw new AssertionError(p.total);
        }
    }
}
