import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What must hold: process(items, consumers) returns every item doubled, each exactly once, in any order, once every
 * consumer has finished. The learner's code starts its own threads, so only real runs check it.
 */
public class PipelineScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 20, trial -> new Stress.Trial() {
            final int size = 20_000 + trial * 1_000;
            final List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<Integer> got;

            @Override
            public void thread(int index) throws Exception {
                got = Pipeline.process(items, 2 + trial % 3);
            }

            @Override
            public void check() {
                List<Integer> snapshot;
                synchronized (got) {
                    snapshot = new ArrayList<>(got);
                }
                int[] seen = new int[size];
                for (Integer doubled : snapshot) {
                    if (doubled == null || doubled % 2 != 0 || doubled / 2 >= size || doubled < 0) {
                        throw new AssertionError("process() returned " + doubled + ", which is no item doubled");
                    }
                    seen[doubled / 2]++;
                }
                for (int i = 0; i < size; i++) {
                    if (seen[i] != 1) {
                        throw new AssertionError("item " + i + " came back " + seen[i] + " times (" + snapshot.size()
                                + " results for " + size + " items); every item must come back doubled exactly once");
                    }
                }
            }
        });
    }
}
