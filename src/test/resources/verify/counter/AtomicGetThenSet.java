import java.util.concurrent.atomic.AtomicInteger;

public class Counter {
    private final AtomicInteger count = new AtomicInteger();

    public void increment() {
        count.set(count.get() + 1); // two atomic steps are not one
    }

    public int get() {
        return count.get();
    }
}
