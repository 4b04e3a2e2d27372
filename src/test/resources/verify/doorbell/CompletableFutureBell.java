import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** One thread rings; others wait until it has. */
public class Doorbell {
    private final CompletableFuture<Void> rung = new CompletableFuture<>();

    public void ring() {
        rung.complete(null); // set once, stays set
    }

    public void await() throws InterruptedException {
        try {
            rung.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
