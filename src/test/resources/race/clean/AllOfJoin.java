import java.util.concurrent.CompletableFuture;

/** Three runAsync() tasks write their own slots; allOf(...).join() waits for all before the slots are read. */
public class AllOfJoin {
    private final int[] slots = new int[3];

    public static void run() throws Exception {
        AllOfJoin a = new AllOfJoin();
        CompletableFuture<?>[] tasks = new CompletableFuture<?>[3];
        for (int i = 0; i < 3; i++) {
            int me = i;
            tasks[i] = CompletableFuture.runAsync(() -> a.slots[me] = me + 1);
        }
        CompletableFuture.allOf(tasks).join();
        if (a.slots[0] + a.slots[1] + a.slots[2] != 6) {
            throw new AssertionError();
        }
    }
}
