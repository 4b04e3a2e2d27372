import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: the table is loaded at most once, every rate() gives the loaded table's rate, and no thread reads
 * the table with nothing ordering that read after the load (a data race: the reader may see the table before what
 * the loader put in it). Each load gives other rates (EUR 1.0 and USD 1.1 the first time, 2.0 and 2.2 the second),
 * so a second load shows in what rate() returns.
 */
public class RatesScenario extends ExerciseScenario {
    private final AtomicInteger loads = new AtomicInteger();
    private final Rates rates = new Rates(() -> table(loads.incrementAndGet()));

    static Map<String, Double> table(int load) {
        return Map.of("EUR", 1.0 * load, "USD", 1.1 * load);
    }

    @Operation
    public double rate(String currency) {
        return rates.rate(currency);
    }

    /** The contract, one call at a time: the first call loads the table, and it is the only load. */
    public static class Model {
        public double rate(String currency) {
            return table(1).get(currency);
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("rate", "EUR")).thread(call("rate", "USD"))
                        .after(call("rate", "EUR"))).invocations(20_000);
    }

    /**
     * Two threads ask at once, while the table loads; two more ask once the first has its answer, as the threads of
     * a running program do: they find the table loaded and take the quick path, and it is their read that a table
     * published with no happens-before edge races with. (Their wait is on a field this harness keeps to itself, so it
     * orders nothing the race detector sees.)
     */
    public static Stress stress() {
        int threads = 4;
        return Stress.of(threads, 200, trial -> new Stress.Trial() {
            final AtomicInteger loads = new AtomicInteger();
            final Rates rates = new Rates(() -> {
                // a load takes a moment, as a real one would: the other early thread arrives meanwhile
                long end = System.nanoTime() + 20_000;
                while (System.nanoTime() - end < 0) {
                    Thread.onSpinWait();
                }
                return table(loads.incrementAndGet());
            });
            final double[] got = new double[threads];
            volatile boolean answered;

            @Override
            public void thread(int index) {
                String currency = index % 2 == 0 ? "EUR" : "USD";
                if (index >= 2) {
                    while (!answered) {
                        Thread.onSpinWait();
                    }
                }
                got[index] = rates.rate(currency);
                if (index == 0) {
                    answered = true;
                }
            }

            @Override
            public void check() {
                if (loads.get() != 1) {
                    throw new AssertionError(threads + " threads asked for rates and the table was loaded "
                            + loads.get() + " times, expected once");
                }
                for (int i = 0; i < threads; i++) {
                    double expected = i % 2 == 0 ? 1.0 : 1.1;
                    if (got[i] != expected) {
                        throw new AssertionError("rate(\"" + (i % 2 == 0 ? "EUR" : "USD") + "\") returned " + got[i]
                                + ", expected " + expected + " from the one table loaded");
                    }
                }
            }
        });
    }
}
