package concur.lessons.events;

import java.util.concurrent.CountDownLatch;

public class SignalBeforeWait {

    public static void main(String[] args) throws InterruptedException {
        var latch = new CountDownLatch(1);
        var monitor = new Object();

        // Both signals are sent while nobody is waiting yet.
        latch.countDown();
        synchronized (monitor) {
            monitor.notifyAll();
        }
        System.out.println("Signalled the latch and the monitor; nobody was waiting");

        Thread waiter = new Thread(() -> {
            try {
                long start = System.nanoTime();
                latch.await();
                System.out.println("latch.await() returned after " + msSince(start)
                        + " ms: the latch stayed open");

                start = System.nanoTime();
                synchronized (monitor) {
                    monitor.wait(300); // without a timeout, this would wait forever
                }
                System.out.println("monitor.wait() returned after " + msSince(start)
                        + " ms: the notify was lost");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "waiter");
        waiter.start();
        waiter.join();
    }

    static long msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
