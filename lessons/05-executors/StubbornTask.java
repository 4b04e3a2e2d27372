package concur.lessons.executors;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class StubbornTask {

    public static void main(String[] args) throws InterruptedException {
        var reply = new CountDownLatch(1);   // a reply both tasks wait for; main sends it at the end
        var started = new CountDownLatch(2); // so that main interrupts only once both are running
        ExecutorService pool = Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("worker-", 1).factory());

        pool.submit(() -> { // responds to interruption: stops when asked
            started.countDown();
            try {
                reply.await();
                System.out.println("polite: got the reply");
            } catch (InterruptedException e) {
                System.out.println("polite: interrupted, so I stop");
                Thread.currentThread().interrupt(); // keep the flag set for the pool
            }
        });
        pool.submit(() -> { // swallows the interrupt and goes on waiting
            started.countDown();
            while (true) {
                try {
                    reply.await();
                    System.out.println("stubborn: got the reply");
                    return;
                } catch (InterruptedException e) {
                    System.out.println("stubborn: interrupted, but I wait on");
                }
            }
        });

        started.await();
        pool.shutdownNow(); // interrupts both running tasks
        boolean ended = pool.awaitTermination(200, TimeUnit.MILLISECONDS);
        System.out.println("200 ms after shutdownNow(): terminated " + ended);
        reply.countDown(); // the reply the stubborn task still waits for
        ended = pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("after the reply: terminated " + ended);
    }
}
