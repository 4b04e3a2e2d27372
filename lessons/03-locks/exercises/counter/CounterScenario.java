import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: once every thread has finished, get() returns the number of increment() calls; a get() made while
 * other threads increment returns a count that some one-at-a-time order of the calls gives (at least the calls that
 * returned before it, at most all of them). The model checker cannot see a stale read (it runs every step in order):
 * that is a data race, left to the race detector.
 */
public class CounterScenario extends ExerciseScenario {
    private final Counter counter = new Counter();

    @Operation
    public void increment() {
        counter.increment();
    }

    @Operation
    public int get() {
        return counter.get();
    }

    /** The contract, one call at a time. */
    public static class Model {
        private int calls;

        public void increment() {
            calls++;
        }

        public int get() {
            return calls;
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("increment")).thread(call("increment")).after(call("get")))
                // a get() while another thread increments: it must see its own thread's increment, and give 1 or 2
                .scenario(ModelCheck.threads().thread(call("increment"), call("get")).thread(call("increment"))
                        .after(call("get")));
    }

    public static Stress stress() {
        int threads = 4, increments = 20_000;
        return Stress.of(threads, 30, trial -> new Stress.Trial() {
            final Counter counter = new Counter();

            @Override
            public void thread(int index) {
                for (int i = 0; i < increments; i++) {
                    counter.increment();
                }
            }

            @Override
            public void check() {
                int got = counter.get();
                if (got != threads * increments) {
                    throw new AssertionError("get() returned " + got + " after " + threads + " threads called increment() "
                            + increments + " times each, expected " + threads * increments);
                }
            }
        });
    }
}
