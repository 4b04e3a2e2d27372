import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.Random;

/**
 * What must hold: sum(values, threads) returns the sum of every value, for any array and any number of threads. The
 * learner's code starts its own threads, so only real runs check it (no model checking).
 */
public class ParallelSumScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(2, 20, trial -> new Stress.Trial() {
            final int[][] values = new int[2][];
            final long[] expected = new long[2];
            final long[] got = new long[2];

            {
                Random random = new Random(trial);
                for (int i = 0; i < 2; i++) {
                    values[i] = random.ints(200_000 + trial, 0, 1000).toArray();
                    for (int v : values[i]) {
                        expected[i] += v;
                    }
                }
            }

            @Override
            public void thread(int index) throws InterruptedException {
                got[index] = ParallelSum.sum(values[index], 2 + trial % 3);
            }

            @Override
            public void check() {
                for (int i = 0; i < 2; i++) {
                    if (got[i] != expected[i]) {
                        throw new AssertionError("sum() of " + values[i].length + " values with " + (2 + trial % 3)
                                + " threads returned " + got[i] + ", expected " + expected[i]);
                    }
                }
            }
        });
    }
}
