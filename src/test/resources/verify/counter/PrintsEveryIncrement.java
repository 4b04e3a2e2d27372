public class Counter {
    private int count;

    public synchronized void increment() {
        count++;
        System.out.println("count is now " + count);
    }

    public synchronized int get() {
        return count;
    }
}
