import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import concur.verifier.Watched;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What must hold: of(inputs) returns each input squared, in input order, and once it has returned no thread it
 * started is left running. The inputs are in no order, negatives among them, so sorting the results does not put
 * them in input order; the call is {@link Watched}, so one that waits with Thread.sleep fails. The learner's code starts its own threads, so only real runs check it.
 */
public class SquaresScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 10, trial -> new Stress.Trial() {
            // not ascending, and negatives among them: the squares' order is the inputs' order, not sorted order
            final List<Integer> inputs = new Random(trial).ints(2_000 + trial, -1000, 1000).boxed().toList();
            final Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            List<Integer> got;
            boolean slept;

            @Override
            public void thread(int index) throws Exception {
                Watched<List<Integer>> call = Watched.call(Thread.currentThread().getThreadGroup(), () -> Squares.of(inputs));
                got = call.value();
                slept = call.slept();
            }

            @Override
            public void check() {
                if (slept) {
                    throw new AssertionError("of() waited with Thread.sleep: a sleep promises nothing about the tasks"
                            + " being done (nor that their results are visible); wait for the tasks themselves");
                }
                List<Integer> expected = inputs.stream().map(i -> i * i).toList();
                List<Integer> copy = new ArrayList<>(got);
                if (!expected.equals(copy)) {
                    List<Integer> sortedGot = new ArrayList<>(copy), sortedExpected = new ArrayList<>(expected);
                    sortedGot.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
                    sortedExpected.sort(Comparator.naturalOrder());
                    throw new AssertionError("of() on " + inputs.size() + " inputs returned " + copy.size()
                            + " results, not each input squared in input order"
                            + (sortedGot.equals(sortedExpected) ? " (the right squares, in another order: the inputs"
                                    + " are not sorted, and -3 squared comes before 2 squared if -3 comes first)" : ""));
                }
                long deadline = System.nanoTime() + 2_000_000_000L; // shutdown() lets the threads end soon after
                Set<Thread> left;
                do {
                    left = new HashSet<>(Thread.getAllStackTraces().keySet());
                    left.removeAll(before);
                    left.removeIf(t -> !t.isAlive()); // the trial's own threads have ended by now
                } while (!left.isEmpty() && System.nanoTime() < deadline && pause());
                if (!left.isEmpty()) {
                    throw new AssertionError(left.size() + " threads of yours were still running 2 s after of() returned,"
                            + " such as " + left.iterator().next().getName() + ": shut the pool down");
                }
            }

            private boolean pause() {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        });
    }
}
