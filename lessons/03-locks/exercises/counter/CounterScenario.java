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

    /**
     * Three threads increment while a fourth reads get() as they go: what it reads never goes down and never passes
     * the number of calls, and once all have finished get() is that number. The reader is what shows a get() that
     * reads without the lock to the race detector.
     */
    public static Stress stress() {
        int threads = 4, increments = 20_000, incrementers = threads - 1;
        return Stress.of(threads, 30, trial -> new Stress.Trial() {
            final Counter counter = new Counter();
            volatile String wrongRead;

            @Override
            public void thread(int index) {
                if (index < incrementers) {
                    for (int i = 0; i < increments; i++) {
                        counter.increment();
                    }
                    return;
                }
                int last = 0;
                for (int i = 0; i < 2_000 && wrongRead == null; i++) {
                    int now = counter.get();
                    if (now < last || now > incrementers * increments) {
                        wrongRead = "get() returned " + now + " while the threads incremented, after it had returned " + last;
                    }
                    last = Math.max(last, now);
                }
            }

            @Override
            public void check() {
                if (wrongRead != null) {
                    throw new AssertionError(wrongRead);
                }
                int got = counter.get();
                if (got != incrementers * increments) {
                    throw new AssertionError("get() returned " + got + " after " + incrementers + " threads called"
                            + " increment() " + increments + " times each, expected " + incrementers * increments);
                }
            }
        });
    }
}
