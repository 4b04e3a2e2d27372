package concur.lessons.futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ExceptionTravels {

    static String describe(Throwable ex) {
        return ex.getClass().getSimpleName() + (ex.getCause() == null ? "" : " caused by " + ex.getCause().getClass().getSimpleName());
    }

    public static void main(String[] args) {
        try (ExecutorService bank = Executors.newFixedThreadPool(1, Thread.ofPlatform().name("bank-", 1).factory())) {
            CompletableFuture<Integer> balance = CompletableFuture.supplyAsync(() -> {
                System.out.println("reading the balance: the account is locked");
                throw new IllegalStateException("account locked");
            }, bank);

            CompletableFuture<String> statement = balance
                    .thenApply(cents -> {
                        System.out.println("stage 1: converting " + cents); // skipped: the input failed
                        return cents / 100.0;
                    })
                    .whenComplete((euros, ex) -> System.out.println("whenComplete saw " + describe(ex) + " and passed it on"))
                    .thenApply(euros -> {
                        System.out.println("stage 2: formatting " + euros); // skipped too
                        return euros + " EUR";
                    });

            // exceptionally turns the failure into a value; the chain below it goes on normally
            String shown = statement.exceptionally(ex -> {
                System.out.println("exceptionally got " + describe(ex) + ": " + ex.getCause().getMessage());
                return "balance unavailable";
            }).join();
            System.out.println("shown to the user: " + shown);

            // handle sees both outcomes: a value or an exception, one of them null
            String handled = balance.handle((cents, ex) -> ex == null ? cents + " cents" : "handled " + describe(ex)).join();
            System.out.println("handle on the first stage: " + handled);
        }
    }
}
