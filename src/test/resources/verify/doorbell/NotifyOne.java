/** One thread rings; others wait until it has. */
public class Doorbell {
    private boolean rung;

    public synchronized void ring() {
        rung = true;
        notify(); // wakes one waiter
    }

    public synchronized void await() throws InterruptedException {
        while (!rung) {
            wait();
        }
    }
}
