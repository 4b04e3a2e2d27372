package concur.lessons.coordination;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

public class Livelock {
    static final ReentrantLock spoon = new ReentrantLock();
    static final ReentrantLock fork = new ReentrantLock();

    /**
     * Takes its first lock, politely tries the second, and backs off if it is taken. The barrier, when given, keeps
     * the two threads in step, as identical timing would: both hold one, both try, both let go, both wait as long.
     */
    static int eat(ReentrantLock first, ReentrantLock second, String wants, CyclicBarrier inStep, int maxTries)
            throws InterruptedException, BrokenBarrierException {
        for (int attempt = 1; attempt <= maxTries; attempt++) {
            first.lock();
            try {
                if (inStep != null) {
                    inStep.await(); // both hold their first lock now
                }
                boolean got = second.tryLock();
                if (inStep != null) {
                    inStep.await(); // both have tried
                }
                if (got) {
                    second.unlock();
                    return attempt;
                }
                if (inStep != null) {
                    System.out.println("attempt " + attempt + ": " + wants + " is taken, backing off");
                }
            } finally {
                first.unlock();
            }
            Thread.sleep(inStep != null ? 10 : ThreadLocalRandom.current().nextInt(1, 10)); // same wait, or a random one
        }
        return -1;
    }

    static Thread diner(String name, ReentrantLock first, ReentrantLock second, String wants, CyclicBarrier inStep, int maxTries) {
        return Thread.ofPlatform().name(name).start(() -> {
            try {
                int attempts = eat(first, second, wants, inStep, maxTries);
                System.out.println(attempts < 0 ? "gave up after " + maxTries + " polite attempts" : "ate at attempt " + attempts);
            } catch (InterruptedException | BrokenBarrierException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public static void main(String[] args) throws InterruptedException {
        var inStep = new CyclicBarrier(2);
        Thread left = diner("left", spoon, fork, "the fork", inStep, 5);
        Thread right = diner("right", fork, spoon, "the spoon", inStep, 5);
        left.join();
        right.join();

        System.out.println("now each backs off for a random time");
        Thread left2 = diner("left-again", spoon, fork, "the fork", null, 1000);
        Thread right2 = diner("right-again", fork, spoon, "the spoon", null, 1000);
        left2.join();
        right2.join();
    }
}
