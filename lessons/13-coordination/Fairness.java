package concur.lessons.coordination;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

public class Fairness {
    static final int TOTAL = 150;

    /** Three threads take turns on the lock until TOTAL turns are taken; prints how many each got. */
    static void share(ReentrantLock lock, String kind) throws InterruptedException {
        int[] turns = new int[3];
        int[] taken = {0}; // guarded by lock
        byte[] owner = new byte[TOTAL]; // who took each turn, guarded by lock
        var go = new CountDownLatch(1);
        Thread[] threads = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int me = i;
            threads[i] = Thread.ofPlatform().name(kind + "-" + (i + 1)).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                while (true) {
                    lock.lock();
                    try {
                        if (taken[0] == TOTAL) {
                            return;
                        }
                        owner[taken[0]++] = (byte) me;
                        turns[me]++;
                        Thread.sleep(1); // a turn takes a while: the other two queue up for the lock
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        lock.unlock();
                    }
                }
            });
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        int longest = 1;
        for (int i = 1, run = 1; i < TOTAL; i++) {
            run = owner[i] == owner[i - 1] ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        System.out.println(kind + " lock: turns " + turns[0] + ", " + turns[1] + ", " + turns[2]
                + "; the longest run of turns by one thread: " + longest);
    }

    public static void main(String[] args) throws InterruptedException {
        share(new ReentrantLock(), "unfair");    // the default: a thread that just let go may take it straight back
        share(new ReentrantLock(true), "fair");  // the longest-waiting thread goes first
    }
}
