/** Counts calls to increment(), from any number of threads. */
public class Counter {
    private int count;

    public synchronized void increment() {
        count++;
    }

    public int get() {
        return count; // no lock: nothing orders this read after the increments' writes
    }
}
