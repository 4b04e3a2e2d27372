public class Doorbell {
    private volatile boolean rung;

    public void ring() {
        rung = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public void await() throws InterruptedException {
        if (!rung) { // the ring can come between this check and the wait below
            synchronized (this) {
                wait();
            }
        }
    }
}
