import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Takes a payment on a pool, then makes its receipt, without making the caller wait. */
public class Checkout {

    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        return CompletableFuture.supplyAsync(payment, pool)
                .thenApply(paymentId -> "receipt for " + paymentId) // skipped when the payment failed
                .whenComplete((receipt, failure) -> {
                    if (failure != null) {
                        // a failure inside supplyAsync arrives wrapped; the audit wants what the payment threw
                        audit.accept(failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure);
                    }
                }); // whenComplete passes the failure on: the caller's future fails too
    }
}
