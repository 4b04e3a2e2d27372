import java.util.concurrent.Phaser;

/** Three parties: each writes its slot, arriveAndAwaitAdvance(), then reads the others' slots. */
public class PhaserRounds {
    public static void run() throws Exception {
        int[] slots = new int[3];
        int[] sums = new int[3];
        Phaser phaser = new Phaser(3);
        Thread[] threads = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                slots[me] = me + 1;
                phaser.arriveAndAwaitAdvance();
                sums[me] = slots[0] + slots[1] + slots[2];
                phaser.arriveAndDeregister();
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (sums[0] != 6 || sums[1] != 6 || sums[2] != 6) {
            throw new AssertionError();
        }
    }
}
