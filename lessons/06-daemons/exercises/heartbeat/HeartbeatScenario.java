import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.HashSet;
import java.util.Set;

/**
 * What must hold: once main returns, no thread it started keeps the JVM from exiting (every one left is a daemon, or
 * has ended). The JVM would exit exactly then; this checks the same rule without waiting for a JVM to end.
 */
public class HeartbeatScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 3, trial -> new Stress.Trial() {
            final Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

            @Override
            public void thread(int index) throws Exception {
                Heartbeat.main(new String[0]);
            }

            @Override
            public void check() {
                Set<Thread> left = new HashSet<>(Thread.getAllStackTraces().keySet());
                left.removeAll(before);
                left.removeIf(t -> !t.isAlive() || t.isDaemon()); // the trial's own threads have ended by now
                for (Thread t : left) {
                    t.interrupt(); // the next trial starts clean
                }
                if (!left.isEmpty()) {
                    throw new AssertionError("main returned, but thread '" + left.iterator().next().getName()
                            + "' is still running and is not a daemon: the JVM would never exit");
                }
            }
        });
    }
}
