package concur.lessons.coordination;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class UpgradeDeadlock {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Map<String, String> cache = new HashMap<>(); // guarded by lock

    /** Looks a key up under the read lock and, on a miss, tries to upgrade to the write lock: it never gets it. */
    String getUpgrading(String key) throws InterruptedException {
        lock.readLock().lock();
        try {
            String value = cache.get(key);
            if (value == null) {
                System.out.println("miss on " + key + "; holding the read lock, asking for the write lock");
                lock.writeLock().lockInterruptibly(); // waits for every reader to leave, itself included
                try {
                    value = key.toUpperCase();
                    cache.put(key, value);
                } finally {
                    lock.writeLock().unlock();
                }
            }
            return value;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Lets go of the read lock first, then takes the write lock and checks again: another thread may have filled it. */
    String getReleasingFirst(String key) {
        lock.readLock().lock();
        try {
            String value = cache.get(key);
            if (value != null) {
                return value;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            return cache.computeIfAbsent(key, String::toUpperCase);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        new UpgradeDeadlock().show();
    }

    void show() throws InterruptedException {
        Thread upgrader = Thread.ofPlatform().name("upgrader").start(() -> {
            try {
                getUpgrading("tea");
                System.out.println("got the write lock");
            } catch (InterruptedException e) {
                System.out.println("interrupted while waiting for the write lock");
                Thread.currentThread().interrupt();
            }
        });
        // Wait until the upgrader holds a read lock and is parked in the queue for the write lock.
        boolean stuck = false;
        for (int i = 0; i < 1000 && !stuck; i++) {
            Thread.sleep(10);
            stuck = lock.getReadLockCount() == 1 && lock.hasQueuedThread(upgrader)
                    && upgrader.getState() == Thread.State.WAITING;
        }
        if (stuck) {
            System.out.println("deadlock: upgrader holds the only read lock and waits for the write lock,"
                    + " which waits for that read lock to be let go");
        }
        upgrader.interrupt(); // nothing else could end its wait
        upgrader.join();
        System.out.println("read locks held now: " + lock.getReadLockCount());

        Thread fixed = Thread.ofPlatform().name("fixed").start(
                () -> System.out.println("read, let go, then wrote: tea -> " + getReleasingFirst("tea")));
        fixed.join();
    }
}
