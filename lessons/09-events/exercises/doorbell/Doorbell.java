/** One thread rings; others wait until it has. */
public class Doorbell {

    public synchronized void ring() {
        notifyAll();
    }

    public synchronized void await() throws InterruptedException {
        wait();
    }
}
