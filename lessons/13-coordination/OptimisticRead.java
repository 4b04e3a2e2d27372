package concur.lessons.coordination;

import java.util.concurrent.locks.StampedLock;

public class OptimisticRead {
    static final StampedLock lock = new StampedLock();
    static int x, y; // guarded by lock; every write keeps x == y

    public static void main(String[] args) throws InterruptedException {
        Thread mover = Thread.ofPlatform().name("mover").start(() -> {
            for (int i = 1; i <= 200_000; i++) {
                long stamp = lock.writeLock();
                try {
                    x = i;
                    y = i;
                } finally {
                    lock.unlockWrite(stamp);
                }
            }
        });
        int optimistic = 0, fellBack = 0, broken = 0;
        while (mover.isAlive()) {
            long stamp = lock.tryOptimisticRead(); // no lock taken: just a version number
            int seenX = x, seenY = y;
            if (!lock.validate(stamp)) { // a write came in between: the copies may not match
                fellBack++;
                stamp = lock.readLock();
                try {
                    seenX = x;
                    seenY = y;
                } finally {
                    lock.unlockRead(stamp);
                }
            } else {
                optimistic++;
            }
            if (seenX != seenY) {
                broken++;
            }
        }
        mover.join();
        System.out.println("reads validated without a lock: " + optimistic);
        System.out.println("reads that fell back to the read lock: " + fellBack);
        System.out.println("reads that saw x != y: " + broken);
    }
}
