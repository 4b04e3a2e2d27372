public class Counter {
    private volatile int count; // volatile makes each read and write visible, not the ++ atomic

    public void increment() {
        count++;
    }

    public int get() {
        return count;
    }
}
