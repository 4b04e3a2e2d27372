package concur.lessons.locks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class TryLockTimeout {

    public static void main(String[] args) throws InterruptedException {
        var lock = new ReentrantLock();
        var locked = new CountDownLatch(1);
        var gaveUp = new CountDownLatch(1);

        Thread holder = Thread.ofPlatform().name("holder").start(() -> {
            lock.lock();
            try {
                System.out.println("has the lock, keeps it until main gives up");
                locked.countDown();
                gaveUp.await();
                System.out.println("unlocks");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                return;
            } finally {
                lock.unlock(); // in finally: released even if the code throws
            }
        });

        locked.await(); // from here on, holder has the lock
        long start = System.nanoTime();
        if (lock.tryLock(100, TimeUnit.MILLISECONDS)) {
            try {
                System.out.println("got the lock");
            } finally {
                lock.unlock();
            }
        } else {
            long waited = (System.nanoTime() - start) / 1_000_000;
            System.out.println("tryLock gave up after " + waited + " ms");
        }
        gaveUp.countDown();

        start = System.nanoTime();
        lock.lock(); // no time limit: waits as long as it takes
        try {
            long waited = (System.nanoTime() - start) / 1_000_000;
            System.out.println("lock() got it after " + waited + " ms");
        } finally {
            lock.unlock();
        }
        holder.join();
    }
}
