package concur.verifier;

import concur.verifier.race.Race;

/** What a scenario may ask of the instrumented run it is in (and is told it is in none, in the other runs). */
public final class Instrumented {
    private Instrumented() {}

    /**
     * How many times the learner's code has synchronized (taken or let go of a monitor or lock, called an atomic or a
     * thread-safe collection) so far in this trial: a count, not a timing, so a scenario may bound it. -1 when the
     * trial is not instrumented.
     */
    public static long synchronizations() {
        return Race.synchronizations();
    }
}
