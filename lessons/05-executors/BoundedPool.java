package concur.lessons.executors;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class BoundedPool {
    static final int TASKS = 6;

    /** Two workers and a queue of room for two; what happens to a task that finds no room is up to the policy. */
    static ThreadPoolExecutor bounded(String name, RejectedExecutionHandler whenFull) {
        return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(2),
                Thread.ofPlatform().name(name + "-", 1).factory(),
                whenFull);
    }

    /** Submits the tasks while every worker is held at a gate, so the queue can only fill up. */
    static void fill(String label, ThreadPoolExecutor pool) throws InterruptedException {
        System.out.println(label);
        var gate = new CountDownLatch(1);
        try (pool) {
            for (int n = 1; n <= TASKS; n++) {
                try {
                    pool.execute(() -> {
                        try {
                            gate.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    System.out.println("task " + n + " accepted, " + pool.getQueue().size() + " waiting in the queue");
                } catch (RejectedExecutionException e) {
                    System.out.println("task " + n + " rejected: RejectedExecutionException");
                }
            }
            gate.countDown(); // let the accepted tasks finish, so close() can end the pool
        }
    }

    public static void main(String[] args) throws InterruptedException {
        // What Executors.newFixedThreadPool(2) builds: a queue with no bound.
        fill("newFixedThreadPool(2):", new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name("fixed-", 1).factory()));
        fill("2 workers, room for 2, AbortPolicy:", bounded("abort", new ThreadPoolExecutor.AbortPolicy()));

        System.out.println("2 workers, room for 2, CallerRunsPolicy:");
        try (var pool = bounded("worker", new ThreadPoolExecutor.CallerRunsPolicy())) {
            for (int n = 1; n <= TASKS; n++) {
                int task = n;
                pool.execute(() -> {
                    System.out.println("task " + task + " runs");
                    try {
                        Thread.sleep(50); // a little work
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            System.out.println("all " + TASKS + " handed over");
        }
    }
}
