import java.util.concurrent.atomic.LongAdder;

public class Counter {
    private final LongAdder count = new LongAdder();

    public void increment() {
        count.increment();
    }

    public int get() {
        return count.intValue();
    }
}
