package concur.lessons.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

public class BarrierRounds {

    public static void main(String[] args) throws InterruptedException {
        var round = new AtomicInteger(1);
        // The action runs once a round, on the last thread to arrive, before any of the three goes on.
        var endOfRound = new CyclicBarrier(3, () -> System.out.println("round " + round.getAndIncrement() + " complete"));
        List<Thread> workers = new ArrayList<>();
        for (int w = 1; w <= 3; w++) {
            workers.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                try {
                    for (int r = 1; r <= 3; r++) {
                        System.out.println("round " + r + " done here");
                        endOfRound.await(); // the same barrier, round after round
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }

        var once = new CountDownLatch(3);
        for (int w = 1; w <= 3; w++) {
            once.countDown();
        }
        once.await();
        System.out.println("the latch opened; its count is " + once.getCount());
        once.countDown(); // does nothing: the count stays at zero, and there is no reset
        boolean open = once.await(0, java.util.concurrent.TimeUnit.MILLISECONDS);
        System.out.println("a second round on the latch: await returned " + open + " at once, count " + once.getCount());
    }
}
