import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What must hold: receipt(payment, audit, pool) returns at once a future of "receipt for <id>" when the payment gives
 * id; when the payment throws, the future fails with that very exception as its cause, and audit has been told of
 * that very exception, once, by the time the future fails; a payment that works is never audited. The payment waits
 * until receipt() has returned (half the trials), so a receipt() that waits for it hangs; the other half it answers
 * at once, so the stages run on the caller too. The payments run on the pool given, so only real runs check it.
 */
public class CheckoutScenario extends ExerciseScenario {
    /** What a declined card throws: its own type, so that a wrapper or a new exception is told apart from it. */
    static final class Declined extends RuntimeException {
        Declined(String message) {
            super(message);
        }
    }

    public static Stress stress() {
        return Stress.of(1, 12, trial -> new Stress.Trial() {
            final boolean fails = trial % 2 == 1;
            final boolean waits = trial % 4 < 2;
            final Declined declined = new Declined("card declined, trial " + trial);
            final CountDownLatch returned = new CountDownLatch(1);
            final ConcurrentLinkedQueue<Throwable> audited = new ConcurrentLinkedQueue<>();
            final ExecutorService pool = Executors.newFixedThreadPool(2);
            String problem;

            final Supplier<String> payment = () -> {
                if (waits) {
                    try {
                        returned.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (fails) {
                    throw declined;
                }
                return "payment-" + trial;
            };

            @Override
            public void thread(int index) {
                CompletableFuture<String> future;
                try {
                    future = Checkout.receipt(payment, audited::add, pool);
                } finally {
                    returned.countDown();
                }
                String what = fails ? "a declined payment" : "a payment that went through";
                if (future == null) {
                    problem = "receipt() returned null for " + what;
                    return;
                }
                try {
                    String receipt = future.join();
                    if (fails) {
                        problem = "for a declined payment the future completed normally, with \"" + receipt
                                + "\": the failure was lost on the way";
                    } else if (!receipt.equals("receipt for payment-" + trial)) {
                        problem = "the future held \"" + receipt + "\", not \"receipt for payment-" + trial + "\"";
                    } else if (!audited.isEmpty()) {
                        problem = "a payment that went through was audited as a failure: " + audited.peek();
                    }
                } catch (CompletionException e) {
                    List<Throwable> told = List.copyOf(audited);
                    if (!fails) {
                        problem = "the future failed for a payment that went through: " + e.getCause();
                    } else if (e.getCause() != declined) {
                        problem = "the future failed with " + describe(e.getCause()) + ", not with the payment's own "
                                + "Declined as its cause";
                    } else if (told.size() != 1 || told.get(0) != declined) {
                        problem = told.isEmpty() ? "the future failed before audit was told of the Declined"
                                : "audit was told of " + told.stream().map(CheckoutScenario::describe).toList()
                                        + ", not once of the payment's own Declined";
                    }
                } catch (RuntimeException e) {
                    problem = "join() threw " + describe(e) + " for " + what + ", not a CompletionException";
                }
            }

            @Override
            public void check() {
                pool.shutdownNow();
                if (problem != null) {
                    throw new AssertionError(problem + (waits ? "" : " (the payment answered at once)"));
                }
            }
        });
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "null";
        }
        return t.getClass().getSimpleName() + (t.getCause() == null ? "" : " caused by " + t.getCause().getClass().getSimpleName());
    }
}
