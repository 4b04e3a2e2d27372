package concur.lessons.executors;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ShutdownVersusClose {

    static Callable<Integer> nap(long millis, AtomicInteger done) {
        return () -> {
            Thread.sleep(millis);
            return done.incrementAndGet();
        };
    }

    public static void main(String[] args) throws InterruptedException {
        var done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3, Thread.ofPlatform().name("shutdown-", 1).factory());
        for (int i = 0; i < 3; i++) pool.submit(nap(100, done));
        pool.shutdown(); // no new tasks; does not wait
        System.out.println("after shutdown(): " + done + " of 3 done, terminated: "
                + pool.isTerminated());
        try {
            pool.submit(nap(100, done));
        } catch (RejectedExecutionException e) {
            System.out.println("submit() after shutdown(): RejectedExecutionException");
        }
        boolean ended = pool.awaitTermination(5, TimeUnit.SECONDS); // now wait
        System.out.println("after awaitTermination(): " + done + " of 3 done, terminated: "
                + ended);

        done.set(0);
        var closers = Thread.ofPlatform().name("close-", 1).factory();
        try (ExecutorService closing = Executors.newFixedThreadPool(3, closers)) {
            for (int i = 0; i < 3; i++) closing.submit(nap(100, done));
        } // close() is shutdown() and then waiting until all tasks are done
        System.out.println("after close(): " + done + " of 3 done");

        done.set(0);
        ExecutorService single = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("single").factory());
        Future<Integer> running = single.submit(nap(10_000, done));
        Future<Integer> queued = single.submit(nap(10_000, done));
        single.submit(nap(10_000, done));
        List<Runnable> neverRun = single.shutdownNow(); // interrupts the running task
        single.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("after shutdownNow(): " + neverRun.size() + " handed back unrun, "
                + done + " done");
        System.out.println("the running task threw "
                + running.exceptionNow().getClass().getSimpleName());
        System.out.println("a queued task's future is done: " + queued.isDone());
    }
}
