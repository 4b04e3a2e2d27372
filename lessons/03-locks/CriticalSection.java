package concur.lessons.locks;

import java.util.ArrayList;

public class CriticalSection {

    public static void main(String[] args) throws InterruptedException {
        var lock = new Object(); // any object can be locked with synchronized
        var threads = new ArrayList<Thread>();
        for (int i = 1; i <= 5; i++) {
            threads.add(Thread.ofPlatform().name("worker-" + i).start(() -> {
                System.out.println("attempting to enter");
                long asked = System.nanoTime();
                synchronized (lock) { // the critical section: one thread at a time
                    long waited = (System.nanoTime() - asked) / 1_000_000;
                    System.out.println("inside, after waiting " + waited + " ms");
                    try {
                        Thread.sleep(20); // the work; sleeping keeps the lock
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                        return;
                    }
                    System.out.println("leaving");
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        System.out.println("all five have been inside, one at a time");
    }
}
