package concur.lessons.futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class Timeouts {

    /** A supplier that cannot answer before the caller has given up on it: it waits for the caller to say so. */
    static String slowQuote(String from, CountDownLatch callerMovedOn) {
        try {
            callerMovedOn.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        System.out.println(from + " answered at last, after the caller had moved on");
        return "quote from " + from;
    }

    public static void main(String[] args) {
        try (ExecutorService suppliers = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("supplier-", 1).factory())) {
            var acmeMayAnswer = new CountDownLatch(1);
            long start = System.nanoTime();
            var strict = CompletableFuture.supplyAsync(() -> slowQuote("acme", acmeMayAnswer), suppliers)
                    .orTimeout(200, TimeUnit.MILLISECONDS); // fails with a TimeoutException if no value by then
            try {
                strict.join();
            } catch (CompletionException e) {
                System.out.println("orTimeout: " + e.getCause().getClass().getSimpleName() + " after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
            acmeMayAnswer.countDown();

            var globexMayAnswer = new CountDownLatch(1);
            start = System.nanoTime();
            var lenient = CompletableFuture.supplyAsync(() -> slowQuote("globex", globexMayAnswer), suppliers)
                    .completeOnTimeout("the list price", 200, TimeUnit.MILLISECONDS); // a value instead of a failure
            System.out.println("completeOnTimeout: " + lenient.join() + " after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            globexMayAnswer.countDown();
            System.out.println("globex is still working; close() waits for it");
        }
        System.out.println("both suppliers done");
    }
}
