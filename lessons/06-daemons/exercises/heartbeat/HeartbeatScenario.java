import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What must hold: once main returns, no thread it started keeps the JVM from exiting (every one left is a daemon, or
 * has ended), and the heartbeat ran: a thread main started printed (before main returned, or soon after, while it
 * runs on as a daemon), or main started a platform thread (one stopped at the end of main may not have beaten yet). The JVM would exit
 * exactly then; this checks the same rule without waiting for a JVM to end. System.out is recorded during a trial to
 * see which threads print (whatever they print still goes where it went).
 *
 * <p>Whether it beat while the work ran cannot be seen without timing the work: a heartbeat started only after the
 * work passes. So does one stopped (interrupted and joined) at the end of main, which is right: it beat until then.
 */
public class HeartbeatScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 3, trial -> new Stress.Trial() {
            final Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            final Set<Thread> printed = ConcurrentHashMap.newKeySet();
            PrintStream out;
            Thread caller;
            long started;

            @Override
            public void thread(int index) throws Exception {
                caller = Thread.currentThread();
                out = System.out;
                PrintStream to = out;
                System.setOut(new PrintStream(new OutputStream() {
                    @Override
                    public void write(int b) {
                        printed.add(Thread.currentThread());
                        to.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        printed.add(Thread.currentThread());
                        to.write(bytes, offset, length);
                    }
                }, true));
                long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
                Heartbeat.main(new String[0]);
                started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
            }

            @Override
            public void check() {
                try {
                    Set<Thread> left = new HashSet<>(Thread.getAllStackTraces().keySet());
                    left.removeAll(before);
                    left.removeIf(t -> !t.isAlive() || t.isDaemon()); // the trial's own threads have ended by now
                    if (!left.isEmpty()) {
                        throw new AssertionError("main returned, but thread '" + left.iterator().next().getName()
                                + "' is still running and is not a daemon: the JVM would never exit");
                    }
                    // The heartbeat prints first thing, so one that ran printed by now or soon will (an ended one
                    // printed before it ended); virtual threads are not in getAllStackTraces, but print as themselves.
                    Set<Thread> running = new HashSet<>(Thread.getAllStackTraces().keySet());
                    running.removeAll(before);
                    running.removeIf(t -> !t.isAlive() || t == caller);
                    long deadline = System.nanoTime() + 2_000_000_000L;
                    while (!beat() && started == 0 && System.nanoTime() - deadline < 0) {
                        pause();
                    }
                    // a heartbeat stopped at the end of main (a stop flag, then join) may end before its first beat:
                    // then it was started, and counted so (platform threads only)
                    if (!beat() && started == 0) {
                        throw new AssertionError(running.isEmpty()
                                ? "main returned, and no thread it started printed anything or is still running: the"
                                        + " heartbeat must beat until main returns (was it started?)"
                                : "thread '" + running.iterator().next().getName() + "' is running, but no thread main"
                                        + " started printed anything, even 2 s after main returned: no heartbeat");
                    }
                } finally {
                    System.setOut(out);
                    Set<Thread> mine = new HashSet<>(Thread.getAllStackTraces().keySet());
                    mine.removeAll(before);
                    mine.addAll(printed); // virtual threads too
                    mine.removeIf(t -> t == caller || before.contains(t));
                    for (Thread t : mine) {
                        t.interrupt(); // the next trial starts clean
                    }
                }
            }

            /** Whether a thread other than main's printed: the heartbeat's beat. */
            private boolean beat() {
                return printed.stream().anyMatch(t -> t != caller && !before.contains(t));
            }

            private void pause() {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}
