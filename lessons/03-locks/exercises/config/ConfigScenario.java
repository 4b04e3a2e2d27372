import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: the loader runs at most once, and every call to get() returns the value it loaded. Each load
 * returns a new value ("load 1", "load 2", ...), so a second load shows in what get() returns.
 */
public class ConfigScenario extends ExerciseScenario {
    private final AtomicInteger loads = new AtomicInteger();
    private final Config config = new Config(() -> "load " + loads.incrementAndGet());

    @Operation
    public String get() {
        return config.get();
    }

    /** The contract, one call at a time: the first get() loads, and it is the only load. */
    public static class Model {
        public String get() {
            return "load 1";
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("get")).thread(call("get")).after(call("get")));
    }

    public static Stress stress() {
        int threads = 4;
        return Stress.of(threads, 200, trial -> new Stress.Trial() {
            final AtomicInteger loads = new AtomicInteger();
            final Config config = new Config(() -> {
                // A load takes a moment, as a real one would: long enough for the other threads to arrive meanwhile.
                // The model checker runs a JDK atomic's update (updateAndGet) as one step, so a loader called from
                // inside one, which may run again when another thread's update lands first, is caught only here.
                long end = System.nanoTime() + 20_000;
                while (System.nanoTime() - end < 0) {
                    Thread.onSpinWait();
                }
                return "load " + loads.incrementAndGet();
            });
            final String[] got = new String[threads];

            @Override
            public void thread(int index) {
                got[index] = config.get();
            }

            @Override
            public void check() {
                if (loads.get() != 1) {
                    throw new AssertionError(threads + " threads called get() at once and the loader ran " + loads.get()
                            + " times, expected once");
                }
                for (String value : got) {
                    if (!"load 1".equals(value)) {
                        throw new AssertionError("a get() returned " + value + ", expected the one value loaded");
                    }
                }
            }
        });
    }
}
