import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import concur.verifier.Watched;
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
 * The call is {@link Watched}, so one that waits with Thread.sleep fails, however long it sleeps; and a consumer
 * that dies of an exception (a null from poll() after isEmpty() said there was an item) fails the trial.
 */
public class PipelineScenario extends ExerciseScenario {
    static final List<Integer> SMALL = IntStream.range(0, 20_000).boxed().toList();

    public static Stress stress() {
        // more items than a warmed-up consumer drains while its siblings start
        return Stress.of(1, 20, trial -> trial(trial, 200_000 + trial * 10_000, SMALL, 30));
    }

    /** For the race detector, which watches every step: the same checks on fewer items. */
    public static Stress race() {
        List<Integer> small = IntStream.range(0, 1_000).boxed().toList();
        return Stress.of(1, 6, trial -> trial(trial, 5_000 + trial * 100, small, 5));
    }

    private static Stress.Trial trial(int trial, int size, List<Integer> smallItems, int smallRuns) {
        return new Stress.Trial() {
            final List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<Integer> got;
            int sizeAtReturn;
            boolean slept;
            String smallWrong;

            @Override
            public void thread(int index) throws Exception {
                Watched<Integer> call = Watched.call(Thread.currentThread().getThreadGroup(), () -> {
                    got = Pipeline.process(items, 2 + trial % 3);
                    synchronized (got) { // as a synchronized list would be read; harmless on any other
                        return got.size();
                    }
                });
                sizeAtReturn = call.value();
                slept = call.slept();
                // then many short runs: each ends with consumers racing for the last items, which is where a
                // check-then-act between isEmpty() and poll() hands one of them a null
                for (int run = 0; run < smallRuns && smallWrong == null && !slept && sizeAtReturn == size; run++) {
                    List<Integer> small = Pipeline.process(smallItems, 2 + (trial + run) % 3);
                    List<Integer> copy;
                    synchronized (small) {
                        copy = new ArrayList<>(small);
                    }
                    copy.sort(null);
                    for (int i = 0; i < smallItems.size() && smallWrong == null; i++) {
                        if (copy.size() != smallItems.size() || copy.get(i) != 2 * i) {
                            smallWrong = "process() of " + smallItems.size() + " items returned " + copy.size()
                                    + " results, not each item doubled exactly once: some were lost, or came twice";
                        }
                    }
                }
            }

            @Override
            public void check() {
                if (slept) {
                    throw new AssertionError("process() waited with Thread.sleep: a sleep promises nothing about the"
                            + " consumers being done (nor that their results are visible); wait for the consumers"
                            + " themselves");
                }
                if (sizeAtReturn < size) {
                    // wrong either way; which way says what to fix: results still coming, or lost for good
                    int later = settledSize();
                    throw new AssertionError("process() returned with " + sizeAtReturn + " of " + size + " results"
                            + (later >= size ? ": it must wait until every consumer has finished"
                                    : later > sizeAtReturn ? ", and only " + later + " ever came: it must wait until every"
                                            + " consumer has finished, and some results were lost"
                                    : ", and no more came: some were lost (consumers adding to a list that is not"
                                            + " thread-safe?)"));
                }
                if (smallWrong != null) {
                    throw new AssertionError(smallWrong);
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

            /** The list's size once it has stopped growing (for at most 2 s): where consumers left running end. */
            private int settledSize() {
                int last = -1;
                for (int i = 0; i < 100; i++) {
                    int now;
                    synchronized (got) {
                        now = got.size();
                    }
                    if (now == last || now >= size) {
                        return now;
                    }
                    last = now;
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return now;
                    }
                }
                return last;
            }
        };
    }
}
