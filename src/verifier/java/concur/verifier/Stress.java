package concur.verifier;

import java.util.function.IntFunction;

/**
 * Trials on real threads, with no instrumentation: each trial builds fresh objects, releases its threads together
 * and then checks what must hold. A trial whose threads do not all finish within its budget has hung.
 */
public record Stress(int threads, int trials, long trialBudgetMillis, IntFunction<Trial> trial) {

    /** @param trial makes trial number {@code i} (from 0), so a trial can vary, such as how long a thread waits */
    public static Stress of(int threads, int trials, IntFunction<Trial> trial) {
        return new Stress(threads, trials, 3000, trial);
    }

    /** One trial: what each thread does, and what must hold once all have finished. */
    public interface Trial {
        void thread(int index) throws Exception;

        /** Throws {@link AssertionError} saying what went wrong. */
        void check();

        /** A figure the trial measured, in words, reported with a pass (the last trial's); null for none. */
        default String measured() {
            return null;
        }
    }
}
