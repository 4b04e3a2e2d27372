package concur.lessons.events;

import java.util.concurrent.CountDownLatch;

public class LatchEvent {

    public static void main(String[] args) throws InterruptedException {
        var event = new CountDownLatch(1); // one countDown() opens it

        Thread waiter = new Thread(() -> {
            System.out.println("Waiting for event to be set");
            long start = System.nanoTime();
            try {
                event.await(); // blocks until the count reaches zero
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                return;
            }
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Event received after " + waitedMs + " ms, task completed");
        }, "waiter");
        waiter.start();

        Thread.sleep(250);
        System.out.println("The waiter is " + waiter.getState());
        System.out.println("Setting the event");
        event.countDown();
        waiter.join();
    }
}
