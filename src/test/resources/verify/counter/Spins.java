public class Counter {
    private int count;

    public void increment() {
        while (true) {
            count++; // never returns
        }
    }

    public int get() {
        return count;
    }
}
