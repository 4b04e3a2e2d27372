public class Counter {
    private int count;

    public synchronized void increment() {
        count++;
    }

    public synchronized int value() {
        return count;
    }
}
