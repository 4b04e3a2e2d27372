import java.util.concurrent.atomic.AtomicInteger;

/** Plain data published by AtomicInteger.set(), seen through get() in the reader. */
public class AtomicIntegerFlag {
    private int data;

    public static void run() throws Exception {
        AtomicIntegerFlag p = new AtomicIntegerFlag();
        AtomicInteger state = new AtomicInteger();
        int[] seen = new int[1];
        Thread reader = new Thread(() -> {
            while (state.get() == 0) {
                Thread.onSpinWait();
            }
            seen[0] = p.data;
        });
        reader.start();
        p.data = 99;
        state.set(1);
        reader.join();
        if (seen[0] != 99) {
            throw new AssertionError(seen[0]);
        }
    }
}
