import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Wrong: a deadline with no fallback; the timeout (or a failure) is thrown at the caller. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        List<CompletableFuture<Integer>> quotes = suppliers.stream()
                .map(s -> CompletableFuture.supplyAsync(s, pool).orTimeout(300, TimeUnit.MILLISECONDS))
                .toList();
        return quotes.stream().mapToInt(CompletableFuture::join).min().orElse(NONE);
    }
}
