import java.util.concurrent.CompletableFuture;

/** thenCombine() of two supplyAsync() stages: the combining function reads the plain fields both made. */
public class ThenCombineJoin {
    static class Part {
        int size;
    }

    static Part part(int size) {
        Part p = new Part();
        p.size = size;
        return p;
    }

    public static void run() throws Exception {
        for (int i = 0; i < 4; i++) {
            int n = i;
            CompletableFuture<Part> left = CompletableFuture.supplyAsync(() -> part(n));
            CompletableFuture<Part> right = CompletableFuture.supplyAsync(() -> part(10));
            if (n % 2 == 0) {
                // both are done before thenCombine is called, so the function runs in this thread, which has not
                // waited for them itself (getState() orders nothing): only the stages order the parts' fields first
                Thread watcher = new Thread(() -> CompletableFuture.allOf(left, right).join());
                watcher.start();
                while (watcher.getState() != Thread.State.TERMINATED) {
                    Thread.onSpinWait();
                }
            }
            Part both = left.thenCombine(right, (a, b) -> part(a.size + b.size)).join();
            if (both.size != n + 10) {
                throw new AssertionError(both.size);
            }
        }
    }
}
