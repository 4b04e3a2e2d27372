package concur.lessons.coordination;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

public class ReleaseWithoutAcquire {

    public static void main(String[] args) throws InterruptedException {
        var oneAtATime = new Semaphore(1);
        System.out.println("permits at the start: " + oneAtATime.availablePermits());

        var holderMayLeave = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().name("holder").start(() -> {
            oneAtATime.acquireUninterruptibly();
            System.out.println("holds the only permit");
            try {
                holderMayLeave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                oneAtATime.release();
            }
        });
        while (oneAtATime.availablePermits() != 0) { // wait until the holder has it
            Thread.sleep(5);
        }

        // The bug: release in finally even though tryAcquire failed. A semaphore does not know who took a permit.
        Thread careless = Thread.ofPlatform().name("careless").start(() -> {
            boolean got = oneAtATime.tryAcquire();
            try {
                System.out.println("tryAcquire returned " + got + ", working anyway");
            } finally {
                oneAtATime.release(); // should have been: if (got) release()
            }
        });
        careless.join();
        System.out.println("permits after the careless release: " + oneAtATime.availablePermits());

        Thread intruder = Thread.ofPlatform().name("intruder").start(() -> {
            if (oneAtATime.tryAcquire()) {
                System.out.println("got a permit while the holder still has one: 2 inside a semaphore of 1");
                oneAtATime.release();
            }
        });
        intruder.join();
        holderMayLeave.countDown();
        holder.join();
        System.out.println("permits at the end: " + oneAtATime.availablePermits() + " (it started with 1)");
    }
}
