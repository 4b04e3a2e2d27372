import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Wrong: takes the first quote to arrive, not the cheapest. */
public class Quotes {
    public static final int NONE = -1;

    public static int cheapest(List<Supplier<Integer>> suppliers, Executor pool) {
        CompletableFuture<?>[] quotes = suppliers.stream()
                .map(s -> CompletableFuture.supplyAsync(s, pool).exceptionally(e -> NONE))
                .toArray(CompletableFuture[]::new);
        return (Integer) CompletableFuture.anyOf(quotes).completeOnTimeout(NONE, 300, TimeUnit.MILLISECONDS).join();
    }
}
