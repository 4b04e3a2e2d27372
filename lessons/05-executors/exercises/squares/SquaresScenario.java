import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What must hold: of(inputs) returns each input squared, in input order, and once it has returned no thread it
 * started is left running. The learner's code starts its own threads, so only real runs check it.
 */
public class SquaresScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 10, trial -> new Stress.Trial() {
            final List<Integer> inputs = IntStream.range(0, 2_000 + trial).boxed().toList();
            final Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            List<Integer> got;

            @Override
            public void thread(int index) throws Exception {
                got = Squares.of(inputs);
            }

            @Override
            public void check() {
                List<Integer> expected = inputs.stream().map(i -> i * i).toList();
                if (!expected.equals(List.copyOf(got))) {
                    throw new AssertionError("of() on " + inputs.size() + " inputs returned " + got.size()
                            + " results, not each input squared in input order");
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
