import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Wrong: right outcomes, but receipt() waits for the payment before it returns. */
public class Checkout {
    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        try {
            return CompletableFuture.completedFuture("receipt for " + CompletableFuture.supplyAsync(payment, pool).join());
        } catch (CompletionException e) {
            audit.accept(e.getCause());
            return CompletableFuture.failedFuture(e.getCause());
        }
    }
}
