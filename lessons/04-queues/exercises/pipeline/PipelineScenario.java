import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What must hold: process(items, consumers) returns every item doubled, each exactly once, in any order, once every
 * consumer has finished. The learner's code starts its own threads, so only real runs check it.
 *
 * <p>"Once every consumer has finished" is checked the moment process() returns, on the calling thread: by the time
 * check() runs the consumers have long finished, and a warmed-up consumer often drains the whole queue alone before
 * the others start, so code that does not wait for them would then look right (a starter passed 4 times in 750 runs
 * when only the final list was checked). At return, its consumers have had microseconds for thousands of items.
 */
public class PipelineScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 20, trial -> new Stress.Trial() {
            final int size = 200_000 + trial * 10_000; // more than a warmed-up consumer drains while its siblings start
            final List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<Integer> got;
            int sizeAtReturn;

            @Override
            public void thread(int index) throws Exception {
                got = Pipeline.process(items, 2 + trial % 3);
                synchronized (got) { // as a synchronized list would be read; harmless on any other
                    sizeAtReturn = got.size();
                }
            }

            @Override
            public void check() {
                if (sizeAtReturn < size) {
                    throw new AssertionError("process() returned with " + sizeAtReturn + " of " + size
                            + " results: it must wait until every consumer has finished");
                }
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
