import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Takes a payment on a pool, then makes its receipt, without making the caller wait. */
public class Checkout {

    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        return CompletableFuture.supplyAsync(payment, pool)
                .exceptionally(failure -> {
                    audit.accept(failure);
                    return null; // keep the chain going
                })
                .thenApply(paymentId -> "receipt for " + paymentId);
    }
}
