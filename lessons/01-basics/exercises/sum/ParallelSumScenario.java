import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import concur.verifier.Watched;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What must hold: sum(values, threads) returns the sum of every value, for any array and any number of threads, with
 * the slices added up on threads it starts, all running at once, and waited for (not slept on). The learner's code
 * starts its own threads, so only real runs check it (no model checking).
 *
 * <p>Each call runs on a thread of the scenario's own, in a thread group of its own, carrying an inheritable thread
 * local: making a thread asks that thread local for the child's value, on the thread that makes it, so the scenario
 * hears of every thread sum() makes, and can count how many of the ones made before are still alive at that moment.
 * Threads started and joined one at a time never show one alive when the next is made; threads all started before any
 * is waited for show it in nearly every call (the check needs it once in a trial of several calls). The call is
 * {@link Watched}, so one that waits with Thread.sleep fails. Virtual threads are in no thread group, so for them only the sleep and the values are checked.
 */
public class ParallelSumScenario extends ExerciseScenario {
    static final int CALLS = 4;
    /** Groups of earlier calls: a pool kept between calls leaves live threads in one, and does the work there. */
    static final List<ThreadGroup> EARLIER = new ArrayList<>();

    /** One call of sum(), as seen from outside. */
    static final class Call {
        final ThreadGroup group = new ThreadGroup("sum call");
        final AtomicInteger platform = new AtomicInteger();
        final AtomicInteger virtual = new AtomicInteger();
        final AtomicBoolean overlapped = new AtomicBoolean();

        void made() {
            boolean isVirtual = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    f -> f.getClassName().contains("VirtualThread")));
            if (isVirtual) {
                virtual.incrementAndGet();
            } else {
                platform.incrementAndGet();
                if (group.activeCount() > 1) { // the caller and a thread sum() made before, still running
                    overlapped.set(true);
                }
            }
        }
    }

    static final InheritableThreadLocal<Call> CALL = new InheritableThreadLocal<>() {
        @Override
        protected Call childValue(Call call) {
            if (call != null) {
                call.made(); // on the thread making the child, before it exists
            }
            return null;
        }
    };

    public static Stress stress() {
        return Stress.of(1, 20, trial -> new Stress.Trial() {
            final int[][] values = new int[CALLS][];
            final long[] expected = new long[CALLS];
            String wrong;

            {
                Random random = new Random(trial);
                for (int i = 0; i < CALLS; i++) {
                    values[i] = random.ints(200_000 + trial * 1000 + i, 0, 1000).toArray();
                    for (int v : values[i]) {
                        expected[i] += v;
                    }
                }
            }

            @Override
            public void thread(int index) throws Exception {
                boolean anyOverlap = false, anyVirtual = false, leftovers = false;
                for (int i = 0; i < CALLS && wrong == null; i++) {
                    int threads = 2 + (trial + i) % 3;
                    int[] these = values[i];
                    leftovers |= EARLIER.stream().anyMatch(g -> g.activeCount() > 0);
                    Call call = new Call();
                    long startedBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
                    Watched<Long> got = Watched.call(call.group, () -> {
                        CALL.set(call);
                        return ParallelSum.sum(these, threads);
                    });
                    // the caller itself is one; other threads of the JVM's would only add
                    long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - startedBefore - 1;
                    EARLIER.add(call.group);
                    // the threads the call asks sum() for, named as an argument: "threads" alone would read as the
                    // trial's own threads, which the verdict counts
                    String with = "call " + (i + 1) + " of " + CALLS + ", sum(values, " + threads + ") on "
                            + values[i].length + " values,";
                    anyOverlap |= call.overlapped.get();
                    anyVirtual |= call.virtual.get() > 0;
                    if (got.value() != expected[i]) {
                        wrong = with + " returned " + got.value() + ", expected " + expected[i];
                    } else if (got.slept()) {
                        wrong = with + " waited with Thread.sleep: a sleep promises nothing about the threads being done"
                                + " (nor that their writes are visible); wait for the threads themselves";
                    } else if (!leftovers && call.virtual.get() == 0 && started <= 0) {
                        wrong = with + (call.platform.get() == 0 ? " made no thread" : " made threads but started none"
                                + " (run() runs a thread's work on the caller; start() runs it on the new thread)")
                                + ": the slices were added up on the calling thread, not on threads of their own";
                    }
                }
                if (wrong == null && !anyOverlap && !anyVirtual && !leftovers) {
                    wrong = "in " + CALLS + " calls, sum() never made a thread while another it had started was still"
                            + " running: each was done before the next began. Start every thread before waiting for any,"
                            + " so that they run at once";
                }
            }

            @Override
            public void check() {
                if (wrong != null) {
                    throw new AssertionError(wrong);
                }
            }
        });
    }
}
