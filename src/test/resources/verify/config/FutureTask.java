import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Loads a value on first use; every caller gets that one value. */
public class Config {
    private final FutureTask<String> load;
    private final AtomicBoolean started = new AtomicBoolean();

    public Config(Supplier<String> loader) {
        this.load = new FutureTask<>(loader::get);
    }

    public String get() {
        if (started.compareAndSet(false, true)) {
            load.run(); // only the first caller loads; the others wait for its result
        }
        try {
            return load.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
