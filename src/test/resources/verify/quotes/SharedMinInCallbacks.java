import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Wrong: callbacks write a plain shared slot, and the caller reads it without waiting for the callbacks. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        int[] best = {Integer.MAX_VALUE};
        List<CompletableFuture<Integer>> quotes = suppliers.stream()
                .map(s -> CompletableFuture.supplyAsync(s, pool)
                        .completeOnTimeout(NONE, 300, TimeUnit.MILLISECONDS)
                        .exceptionally(e -> NONE))
                .toList();
        for (CompletableFuture<Integer> q : quotes) {
            q.thenAcceptAsync(v -> {
                if (v != NONE && v < best[0]) {
                    best[0] = v;
                }
            }, pool);
        }
        CompletableFuture.allOf(quotes.toArray(CompletableFuture[]::new)).join();
        return best[0] == Integer.MAX_VALUE ? NONE : best[0];
    }
}
