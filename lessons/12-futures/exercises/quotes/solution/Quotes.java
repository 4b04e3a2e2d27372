import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Asks every supplier for a quote at once and takes the cheapest that answers in time. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        List<CompletableFuture<Integer>> quotes = suppliers.stream()
                .map(supplier -> CompletableFuture.supplyAsync(supplier, pool)
                        .completeOnTimeout(NONE, 300, TimeUnit.MILLISECONDS) // too slow: no quote
                        .exceptionally(failure -> NONE))                      // failed: no quote
                .toList();
        // every future now ends within 300 ms, with a quote or NONE; join waits for them all
        return quotes.stream()
                .mapToInt(CompletableFuture::join)
                .filter(quote -> quote != NONE)
                .min()
                .orElse(NONE);
    }
}
