import java.util.ArrayList;
import java.util.List;

/** Virtual threads, started three ways, each writing its own slot; joined before the slots are read. */
public class VirtualThreads {
    private final int[] slots = new int[3];
    private int base;

    public static void run() throws Exception {
        VirtualThreads v = new VirtualThreads();
        v.base = 10;
        List<Thread> started = new ArrayList<>();
        started.add(Thread.ofVirtual().start(() -> v.slots[0] = v.base + 1));
        started.add(Thread.startVirtualThread(() -> v.slots[1] = v.base + 2));
        Thread third = Thread.ofVirtual().unstarted(() -> v.slots[2] = v.base + 3);
        third.start();
        started.add(third);
        for (Thread t : started) {
            t.join();
        }
        if (v.slots[0] + v.slots[1] + v.slots[2] != 36) {
            throw new AssertionError();
        }
    }
}
