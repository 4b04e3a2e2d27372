import java.util.concurrent.CompletableFuture;

/** supplyAsync().thenApply().thenApply(): each stage reads the plain fields of the object the last one made. */
public class ThenApplyChain {
    static class Box {
        int value;
    }

    static Box box(int v) {
        Box b = new Box();
        b.value = v;
        return b;
    }

    public static void run() throws Exception {
        for (int i = 0; i < 4; i++) {
            int start = i;
            CompletableFuture<Box> first = CompletableFuture.supplyAsync(() -> box(start));
            if (start % 2 == 0) {
                // first is done before thenApply is called, so its function runs in this thread, which has not
                // waited for it itself (getState() orders nothing): only the stage orders the box's field first
                Thread watcher = new Thread(first::join);
                watcher.start();
                while (watcher.getState() != Thread.State.TERMINATED) {
                    Thread.onSpinWait();
                }
            }
            CompletableFuture<Box> second = first.thenApply(b -> box(b.value + 1));
            CompletableFuture<Box> third = second.thenApply(b -> box(b.value * 2));
            Box done = third.join();
            if (done.value != (start + 1) * 2) {
                throw new AssertionError(done.value);
            }
        }
    }
}
