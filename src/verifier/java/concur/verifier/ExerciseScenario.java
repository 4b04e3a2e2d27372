package concur.verifier;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What an exercise's scenario class extends: its {@code @Operation} methods wrap the learner's class for the model
 * checker, which makes a new instance for every interleaving it runs, so counting instances counts interleavings.
 */
public abstract class ExerciseScenario {
    private static final AtomicLong INSTANCES = new AtomicLong();

    protected ExerciseScenario() {
        INSTANCES.incrementAndGet();
        LearnerOutput.beginAnother();
    }

    static long instances() {
        return INSTANCES.get();
    }
}
