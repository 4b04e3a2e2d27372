import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Wrong: the failure reaches the caller, but audit is told of the CompletionException wrapper. */
public class Checkout {
    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        return CompletableFuture.supplyAsync(payment, pool)
                .thenApply(id -> "receipt for " + id)
                .whenComplete((r, failure) -> {
                    if (failure != null) {
                        audit.accept(failure);
                    }
                });
    }
}
