import java.util.concurrent.atomic.AtomicReference;

/** Counts calls to increment(), from any number of threads. */
public class Counter {
    /** An immutable count: its field is final, so any thread that gets the object sees it whole. */
    private static final class Count {
        final int value;

        Count(int value) {
            this.value = value;
        }
    }

    private final AtomicReference<Count> count = new AtomicReference<>(new Count(0));

    public void increment() {
        Count seen;
        do {
            seen = count.get();
        } while (!count.compareAndSet(seen, new Count(seen.value + 1)));
    }

    public int get() {
        return count.get().value;
    }
}
