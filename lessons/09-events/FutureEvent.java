package concur.lessons.events;

import java.util.concurrent.CompletableFuture;

public class FutureEvent {

    public static void main(String[] args) throws InterruptedException {
        var order = new CompletableFuture<String>();
        // A stage that runs once order has a value; nothing runs yet.
        var receipt = order.thenApply(item -> "receipt for " + item);

        Thread waiter = new Thread(() -> {
            System.out.println("Waiting for the receipt");
            long start = System.nanoTime();
            String result = receipt.join(); // blocks until there is a value
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Received \"" + result + "\" after " + waitedMs + " ms");
        }, "waiter");
        waiter.start();

        Thread.sleep(250);
        System.out.println("Completing the order with \"coffee\"");
        order.complete("coffee");
        waiter.join();

        // A future completes once: later attempts change nothing.
        boolean changed = order.complete("tea");
        System.out.println("complete(\"tea\") returned " + changed);
        System.out.println("the order is still " + order.join());
    }
}
