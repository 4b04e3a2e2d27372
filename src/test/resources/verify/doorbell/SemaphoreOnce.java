import java.util.concurrent.Semaphore;

/** One thread rings; others wait until it has. */
public class Doorbell {
    private final Semaphore rung = new Semaphore(0);

    public void ring() {
        rung.release(); // one permit: lets one waiter through
    }

    public void await() throws InterruptedException {
        rung.acquire();
    }
}
