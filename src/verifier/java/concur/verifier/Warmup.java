package concur.verifier;

import java.util.List;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * A tiny model check of the harness's own class, run while concur is still compiling the learner's file: most of a
 * first check's seconds go to loading Lincheck and instrumenting the JDK, and they are paid here, in parallel.
 */
public final class Warmup {
    private int count;

    @Operation
    public synchronized int increment() {
        return ++count;
    }

    /** The same counter, one call at a time. */
    public static final class Model {
        private int count;

        public int increment() {
            return ++count;
        }
    }

    static void run() throws NoSuchMethodException {
        Actor increment = new Actor(Warmup.class.getMethod("increment"), List.of(), false, false, false, false, false);
        new ModelCheckingOptions().iterations(0).invocationsPerIteration(10).sequentialSpecification(Model.class)
                .addCustomScenario(new ExecutionScenario(List.of(), List.of(List.of(increment), List.of(increment)), List.of(), null))
                .check(Warmup.class);
    }
}
