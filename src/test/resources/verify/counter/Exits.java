public class Counter {
    private int count;

    public void increment() {
        count++;
        System.exit(0); // ends the JVM before anything can be reported
    }

    public int get() {
        return count;
    }
}
