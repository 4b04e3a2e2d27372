package concur.lessons.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ComposeAndCombine {
    static ExecutorService shop;

    /** A lookup that itself returns a future, as a remote call would. */
    static CompletableFuture<Integer> stockOf(String item) {
        return CompletableFuture.supplyAsync(() -> {
            System.out.println("counting the stock of " + item);
            return item.length();
        }, shop);
    }

    static CompletableFuture<Integer> priceOf(String item) {
        return CompletableFuture.supplyAsync(() -> {
            System.out.println("pricing " + item);
            return 10 * item.length();
        }, shop);
    }

    public static void main(String[] args) {
        try (ExecutorService pool = Executors.newFixedThreadPool(3, Thread.ofPlatform().name("shop-", 1).factory())) {
            shop = pool;
            var item = CompletableFuture.supplyAsync(() -> "teapot", shop);

            // thenApply with a function that returns a future: a future of a future
            CompletableFuture<CompletableFuture<Integer>> nested = item.thenApply(ComposeAndCombine::stockOf);
            System.out.println("thenApply gave a future holding a " + nested.join().getClass().getSimpleName());
            // thenCompose waits for the inner future too: one future of the value
            CompletableFuture<Integer> stock = item.thenCompose(ComposeAndCombine::stockOf);
            System.out.println("thenCompose gave a future holding " + stock.join());

            // thenCombine waits for two independent futures and joins their values
            var price = item.thenCompose(ComposeAndCombine::priceOf);
            var offer = stock.thenCombine(price, (count, cents) -> count + " in stock at " + cents + " cents");
            System.out.println("thenCombine: " + offer.join());

            // allOf waits for every one; it carries no values, so read each (already complete) future after it
            List<CompletableFuture<Integer>> prices = List.of(priceOf("cup"), priceOf("saucer"), priceOf("spoon"));
            CompletableFuture.allOf(prices.toArray(CompletableFuture[]::new)).join();
            int total = prices.stream().mapToInt(CompletableFuture::join).sum();
            System.out.println("allOf: all 3 priced, total " + total + " cents");
        }
    }
}
