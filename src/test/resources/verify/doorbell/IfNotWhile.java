/** One thread rings; others wait until it has. */
public class Doorbell {
    private boolean rung;

    public synchronized void ring() {
        rung = true;
        notifyAll();
    }

    public synchronized void await() throws InterruptedException {
        if (!rung) {
            wait();
        }
    }
}
