import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Wrong: audit is right, but the caller's future fails with a new exception, not the payment's. */
public class Checkout {
    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        return CompletableFuture.supplyAsync(payment, pool)
                .exceptionally(failure -> {
                    audit.accept(failure.getCause());
                    throw new IllegalStateException("payment failed");
                })
                .thenApply(id -> "receipt for " + id);
    }
}
