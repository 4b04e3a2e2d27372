package concur.lessons.futures;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class CancelDoesNotInterrupt {

    /** Says it has started, then waits until main lets it finish: an interrupt would cut the wait short. */
    static String report(String name, CountDownLatch started, CountDownLatch mayFinish) {
        started.countDown();
        try {
            mayFinish.await(5, TimeUnit.SECONDS);
            System.out.println(name + ": not interrupted, finished its work");
            return "done";
        } catch (InterruptedException e) {
            System.out.println(name + ": interrupted while working, stopping");
            Thread.currentThread().interrupt(); // asked to stop: keep the flag set
            return "stopped";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (ExecutorService reports = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("report-", 1).factory())) {
            var started = new CountDownLatch(1);
            var mayFinish = new CountDownLatch(1);
            CompletableFuture<String> future = CompletableFuture.supplyAsync(
                    () -> report("supplyAsync task", started, mayFinish), reports);
            started.await(); // the task is running
            System.out.println("CompletableFuture.cancel(true) returned " + future.cancel(true));
            try {
                future.join();
            } catch (CancellationException e) {
                System.out.println("join() threw CancellationException at once; isCancelled() is " + future.isCancelled());
            }
            mayFinish.countDown(); // the cancelled future's task is still running: let it finish

            var startedToo = new CountDownLatch(1);
            var neverLetGo = new CountDownLatch(1);
            Future<String> task = reports.submit(() -> report("submitted task", startedToo, neverLetGo));
            startedToo.await();
            System.out.println("FutureTask.cancel(true) returned " + task.cancel(true));
        } // close() waits for both tasks
        System.out.println("both tasks have ended");
    }
}
