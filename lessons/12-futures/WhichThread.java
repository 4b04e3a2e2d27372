package concur.lessons.futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class WhichThread {

    public static void main(String[] args) throws InterruptedException {
        try (ExecutorService kitchen = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("kitchen-", 1).factory())) {
            // 1. The future already has its value: thenApply runs the function at once, on the caller.
            var done = CompletableFuture.completedFuture("soup");
            done.thenApply(dish -> {
                System.out.println("thenApply on a completed future: " + dish + " ran here");
                return dish;
            });

            // 2. No value yet: the function waits, and the thread that completes the future runs it.
            var order = new CompletableFuture<String>();
            var plated = order.thenApply(dish -> {
                System.out.println("thenApply registered early: plating " + dish + " ran here");
                return "plated " + dish;
            });
            // 3. The Async form always hands the function to an executor, here the kitchen.
            var served = order.thenApplyAsync(dish -> {
                System.out.println("thenApplyAsync: serving " + dish + " ran here");
                return "served " + dish;
            }, kitchen);

            Thread waiter = new Thread(() -> {
                System.out.println("completing the order");
                order.complete("stew");
            }, "waiter");
            waiter.start();
            waiter.join();
            System.out.println("results: " + plated.join() + ", " + served.join());
        } // close() waits for the kitchen's tasks, then ends its threads
    }
}
