import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Wrong: handle returns a value for a failure too, so the caller sees a success. */
public class Checkout {
    public static CompletableFuture<String> receipt(Supplier<String> payment, Consumer<Throwable> audit, Executor pool) {
        return CompletableFuture.supplyAsync(payment, pool).handle((id, failure) -> {
            if (failure != null) {
                audit.accept(failure.getCause());
            }
            return "receipt for " + id;
        });
    }
}
