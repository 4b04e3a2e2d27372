public class Counter {
    private int count;

    public void increment() {
        synchronized (new Object()) { // a fresh lock each call: no two threads ever share it
            count++;
        }
    }

    public int get() {
        return count;
    }
}
