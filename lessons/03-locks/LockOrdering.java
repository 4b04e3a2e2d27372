package concur.lessons.locks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

public class LockOrdering {
    record Account(String name, ReentrantLock lock) {}

    /** Takes from's lock, then to's. The latch, when given, holds each thread until both have their first lock. */
    static void transfer(Account from, Account to, CountDownLatch bothHoldOne) throws InterruptedException {
        from.lock().lockInterruptibly(); // interruptible, so that main can end the deadlock
        try {
            System.out.println("holds " + from.name() + ", wants " + to.name());
            if (bothHoldOne != null) {
                bothHoldOne.countDown();
                bothHoldOne.await();
            }
            to.lock().lockInterruptibly();
            try {
                System.out.println("moved money from " + from.name() + " to " + to.name());
            } finally {
                to.lock().unlock();
            }
        } finally {
            from.lock().unlock();
        }
    }

    static Thread start(String name, Account from, Account to, CountDownLatch latch) {
        return Thread.ofPlatform().name(name).start(() -> {
            try {
                transfer(from, to, latch);
            } catch (InterruptedException e) {
                System.out.println("interrupted while waiting for " + to.name());
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set
            }
        });
    }

    public static void main(String[] args) throws InterruptedException {
        var a = new Account("A", new ReentrantLock());
        var b = new Account("B", new ReentrantLock());

        // 1. Each thread takes its own "from" lock first: opposite transfers take opposite orders.
        var latch = new CountDownLatch(2);
        Thread t1 = start("t1", a, b, latch);
        Thread t2 = start("t2", b, a, latch);
        long[] stuck = null;
        var mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 1000 && stuck == null; i++) { // the latch makes the deadlock certain: this waits for it
            Thread.sleep(10);
            stuck = mx.findDeadlockedThreads();
        }
        if (stuck != null) {
            for (ThreadInfo info : mx.getThreadInfo(new long[] {t1.threadId(), t2.threadId()})) {
                System.out.println("deadlock: " + info.getThreadName() + " waits for a lock held by " + info.getLockOwnerName());
            }
        }
        t1.interrupt(); // otherwise they would wait for each other forever: t1 gives up and lets go of A
        t1.join();
        t2.join();

        // 2. Every thread takes the lock of account A first, then B, whichever way the money goes.
        Thread t3 = start("t3", a, b, null);
        Thread t4 = Thread.ofPlatform().name("t4").start(() -> {
            try {
                // the lower account first: same order as t3, so neither can hold what the other waits for
                a.lock().lockInterruptibly();
                try {
                    b.lock().lockInterruptibly();
                    try {
                        System.out.println("moved money from B to A");
                    } finally {
                        b.lock().unlock();
                    }
                } finally {
                    a.lock().unlock();
                }
            } catch (InterruptedException e) {
                System.out.println("interrupted");
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set
            }
        });
        t3.join();
        t4.join();
        System.out.println("in one order: both transfers done");
    }
}
