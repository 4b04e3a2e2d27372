/** Counts calls to increment(), from any number of threads. */
public class Counter {
    private volatile int count;

    public synchronized void increment() {
        count++; // the lock makes read-add-write one step
    }

    public int get() {
        return count; // a volatile read sees the last write, without taking the lock
    }
}
