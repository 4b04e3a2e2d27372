import java.util.concurrent.CountDownLatch;

/** Workers fill their own slots and count down; the caller awaits the latch and then reads every slot. */
public class CountDownLatchDone {
    private final int[] parts = new int[3];

    public static void run() throws Exception {
        CountDownLatchDone d = new CountDownLatchDone();
        CountDownLatch done = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            int slot = i;
            new Thread(() -> {
                d.parts[slot] = (slot + 1) * 10;
                done.countDown();
            }).start();
        }
        done.await();
        if (d.parts[0] + d.parts[1] + d.parts[2] != 60) {
            throw new AssertionError();
        }
    }
}
