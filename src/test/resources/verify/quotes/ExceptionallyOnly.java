import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Wrong: failures become NONE, but nothing ends the wait for a slow supplier. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        List<CompletableFuture<Integer>> quotes = suppliers.stream()
                .map(s -> CompletableFuture.supplyAsync(s, pool).exceptionally(e -> NONE))
                .toList();
        return quotes.stream().mapToInt(CompletableFuture::join).filter(q -> q != NONE).min().orElse(NONE);
    }
}
