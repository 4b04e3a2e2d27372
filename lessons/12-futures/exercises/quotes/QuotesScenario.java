import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What must hold: cheapest(suppliers, pool) returns the lowest quote of the suppliers that answer, leaving out one that
 * throws and one that has not answered 300 ms after the call; NONE when no supplier answers in time; and it never
 * throws. A slow supplier here answers only once the call has returned (it waits for the scenario to let it), so a
 * call that waits for it hangs, and its quote, the cheapest of all, is one a right call never sees. The learner's
 * code runs the suppliers on the pool it is given, so only real runs check it.
 */
public class QuotesScenario extends ExerciseScenario {
    enum Kind { FAST, FAILS, SLOW }

    /** Trial by trial, each mix of kinds: all fast, one failing, one slow, both, and none in time. */
    static final Kind[][] MIXES = {
        {Kind.FAST, Kind.FAST, Kind.FAST},
        {Kind.FAST, Kind.FAILS, Kind.FAST},
        {Kind.SLOW, Kind.FAST, Kind.FAST},
        {Kind.FAST, Kind.SLOW, Kind.FAILS},
        {Kind.SLOW, Kind.FAILS, Kind.SLOW},
    };

    public static Stress stress() {
        return Stress.of(1, 10, trial -> new Stress.Trial() {
            final Kind[] kinds = MIXES[trial % MIXES.length];
            final CountDownLatch callReturned = new CountDownLatch(1);
            final ExecutorService pool = Executors.newFixedThreadPool(kinds.length);
            final List<Supplier<Integer>> suppliers = new ArrayList<>();
            int expected = Quotes.NONE;
            Integer got;
            Throwable thrown;

            {
                Random random = new Random(trial);
                int[] quotes = new int[kinds.length];
                for (int i = 0; i < kinds.length; i++) {
                    quotes[i] = 100 + random.nextInt(900);
                    if (kinds[i] == Kind.FAST) {
                        expected = expected == Quotes.NONE ? quotes[i] : Math.min(expected, quotes[i]);
                    }
                }
                for (int i = 0; i < kinds.length; i++) {
                    int quote = quotes[i];
                    switch (kinds[i]) {
                        // the cheapest takes a moment, well within the deadline: the first answer is not the cheapest
                        case FAST -> suppliers.add(quote != expected ? () -> quote : () -> {
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return quote;
                        });
                        case FAILS -> suppliers.add(() -> {
                            throw new IllegalStateException("supplier " + quote + " is closed");
                        });
                        case SLOW -> suppliers.add(() -> {
                            try {
                                callReturned.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return 1; // cheaper than any in time: a call that waited for it returns 1
                        });
                    }
                }
            }

            @Override
            public void thread(int index) {
                try {
                    got = Quotes.cheapest(suppliers, pool);
                } catch (RuntimeException e) {
                    thrown = e;
                } finally {
                    callReturned.countDown();
                }
            }

            @Override
            public void check() {
                pool.shutdownNow();
                String mix = java.util.Arrays.toString(kinds).toLowerCase();
                if (thrown != null) {
                    Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
                    throw new AssertionError("cheapest() threw " + thrown.getClass().getSimpleName()
                            + (cause != thrown ? " caused by " + cause.getClass().getSimpleName() : "")
                            + " with suppliers " + mix + ": a supplier that fails or is too slow is left out, not thrown");
                }
                if (got != expected) {
                    throw new AssertionError("cheapest() returned " + got + " with suppliers " + mix + "; the cheapest in time was "
                            + expected + (got == 1 ? " (1 came from a supplier that answered only after the call was over)" : "")
                            + (expected == Quotes.NONE ? " (no supplier answered in time: NONE)" : ""));
                }
            }
        });
    }
}
