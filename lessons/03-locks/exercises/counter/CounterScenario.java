import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/** What must hold: once every thread has finished, get() returns the number of increment() calls. */
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
                .scenario(ModelCheck.threads().thread(call("increment")).thread(call("increment")).after(call("get")));
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
