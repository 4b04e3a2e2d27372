import java.util.concurrent.CountDownLatch;

public class Doorbell {
    private final CountDownLatch rung = new CountDownLatch(1);

    public void ring() {
        rung.countDown();
    }

    public void await() throws InterruptedException {
        rung.await();
    }
}
