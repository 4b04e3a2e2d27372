public class Doorbell {
    private boolean rung;

    public synchronized void ring() {
        rung = true; // remembered, but a thread already waiting is never woken
    }

    public synchronized void await() throws InterruptedException {
        while (!rung) {
            wait();
        }
    }
}
