import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Right: one deadline for all, then each quote read without waiting. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        List<CompletableFuture<Integer>> quotes = suppliers.stream()
                .map(s -> CompletableFuture.supplyAsync(s, pool))
                .toList();
        CompletableFuture.allOf(quotes.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .completeOnTimeout(null, 300, TimeUnit.MILLISECONDS)
                .join();
        int best = NONE;
        for (CompletableFuture<Integer> q : quotes) {
            if (q.isDone() && !q.isCompletedExceptionally()) {
                int v = q.join();
                best = best == NONE ? v : Math.min(best, v);
            }
        }
        return best;
    }
}
