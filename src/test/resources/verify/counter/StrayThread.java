/** Racy, and leaves a thread behind that never ends and is not a daemon. */
public class Counter {
    private int count;

    public Counter() {
        Thread stray = new Thread(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        });
        stray.start();
    }

    public void increment() {
        count++;
    }

    public int get() {
        return count;
    }
}
