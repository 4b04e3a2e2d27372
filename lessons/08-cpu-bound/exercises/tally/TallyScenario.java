import concur.verifier.ExerciseScenario;
import concur.verifier.Instrumented;
import concur.verifier.Stress;
import java.util.Locale;
import java.util.Random;

/**
 * What must hold: multiplesOf3(values, threads) returns how many values are divisible by 3, for any number of
 * threads. Each trial also times 1 thread against one per core, and the last trial's speed-up is reported (not
 * graded: it depends on the machine and on what else runs). The learner's code starts its own threads, so only real
 * runs check it.
 */
public class TallyScenario extends ExerciseScenario {
    static final int SIZE = 4_000_000;

    public static Stress stress() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Stress.of(1, 6, trial -> new Stress.Trial() {
            final int[] values = new Random(trial).ints(SIZE, 0, 1_000_000).toArray();
            final long expected = java.util.Arrays.stream(values).filter(v -> v % 3 == 0).count();
            final int threads = 2 + trial % 3;
            /** The first wrong count of any call in this trial, timed ones included: each is a chance to lose one. */
            String wrong;
            long oneThread = Long.MAX_VALUE;
            long allCores = Long.MAX_VALUE;

            @Override
            public void thread(int index) throws Exception {
                expect(Tally.multiplesOf3(values, threads), threads);
                for (int round = 0; round < 3; round++) { // best of three: the least disturbed run
                    long start = System.nanoTime();
                    long got = Tally.multiplesOf3(values, 1);
                    oneThread = Math.min(oneThread, System.nanoTime() - start);
                    expect(got, 1);
                    start = System.nanoTime();
                    got = Tally.multiplesOf3(values, cores);
                    allCores = Math.min(allCores, System.nanoTime() - start);
                    expect(got, cores);
                }
            }

            private void expect(long got, int with) {
                if (got != expected && wrong == null) {
                    wrong = "multiplesOf3(values, " + with + ") returned " + got
                            + ", expected " + expected + " (of " + SIZE + " values)";
                }
            }

            @Override
            public void check() {
                if (wrong != null) {
                    throw new AssertionError(wrong);
                }
            }

            @Override
            public String measured() {
                String speedUp = String.format(Locale.ROOT, "%.2fx", (double) oneThread / allCores);
                return cores == 1 ? "1 core here, so no speed-up is possible (" + speedUp + ")"
                        : "speed-up with " + cores + " threads over 1: " + speedUp + " on " + cores
                                + " cores (best of 3; other busy programs lower it)";
            }
        });
    }

    /** For the race detector: the same contract on fewer values, since every step of an instrumented run is watched. */
    public static Stress race() {
        return Stress.of(1, 4, trial -> new Stress.Trial() {
            final int[] values = new Random(trial).ints(100_000, 0, 1_000_000).toArray();
            final long expected = java.util.Arrays.stream(values).filter(v -> v % 3 == 0).count();
            final int threads = 2 + trial % 3;
            long got;

            long synchronizations;

            @Override
            public void thread(int index) throws Exception {
                long before = Instrumented.synchronizations();
                got = Tally.multiplesOf3(values, threads);
                synchronizations = Instrumented.synchronizations() - before;
            }

            @Override
            public void check() {
                if (got != expected) {
                    throw new AssertionError("multiplesOf3(values, " + threads + ") returned " + got + ", expected "
                            + expected + " (of " + values.length + " values)");
                }
                // A count, not a timing: threads that take a lock or an atomic for every value queue for one counter.
                if (synchronizations > values.length / 100) {
                    throw new AssertionError("multiplesOf3() synchronized " + synchronizations + " times for "
                            + values.length + " values: the threads take turns on a shared counter (a lock or an atomic"
                            + " per value), so more threads cannot make it faster. Count in a local variable, and"
                            + " combine the counts once a thread");
                }
            }
        });
    }
}
