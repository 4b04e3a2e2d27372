import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Right: audit the cause, then rethrow the wrapper so the chain stays failed. */
public class Checkout {
    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        return CompletableFuture.supplyAsync(payment, pool)
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    audit.accept(cause);
                    throw failure instanceof CompletionException c ? c : new CompletionException(failure);
                })
                .thenApply(id -> "receipt for " + id);
    }
}
