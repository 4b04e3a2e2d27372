package concur.lessons.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadersTogether {

    /** Four threads each hold the lock while they wait for all four to be inside; true if all four were. */
    static boolean allInsideAtOnce(Lock lock, String name, long patienceMillis) throws InterruptedException {
        var allIn = new CountDownLatch(4);
        List<Thread> readers = new ArrayList<>();
        boolean[] met = new boolean[4];
        for (int i = 0; i < 4; i++) {
            int me = i;
            readers.add(Thread.ofPlatform().name(name + "-" + (i + 1)).start(() -> {
                lock.lock();
                try {
                    allIn.countDown();
                    met[me] = allIn.await(patienceMillis, TimeUnit.MILLISECONDS); // four at once, or give up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    lock.unlock();
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join(); // join makes the readers' writes to met visible here
        }
        return met[0] && met[1] && met[2] && met[3];
    }

    /** Four readers each read for 50 ms under the lock; how long all four took. */
    static long fourReadsMillis(Lock lock, String name) throws InterruptedException {
        long start = System.nanoTime();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(Thread.ofPlatform().name(name + "-" + (i + 1)).start(() -> {
                lock.lock();
                try {
                    Thread.sleep(50); // reading
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    lock.unlock();
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static void main(String[] args) throws InterruptedException {
        var rw = new ReentrantReadWriteLock();
        var exclusive = new ReentrantLock();
        System.out.println("read lock: all 4 readers inside at once: " + allInsideAtOnce(rw.readLock(), "reader", 5000));
        System.out.println("write lock: all 4 inside at once: " + allInsideAtOnce(rw.writeLock(), "writer", 200));
        System.out.println("4 reads of 50 ms under the read lock took " + fourReadsMillis(rw.readLock(), "shared") + " ms");
        System.out.println("4 reads of 50 ms under one ReentrantLock took " + fourReadsMillis(exclusive, "queued") + " ms");
    }
}
