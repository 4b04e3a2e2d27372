import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What must hold: runAll(tasks) runs every task on a new thread of its own (not the caller's), all of them at the same
 * time, and returns only once all have finished. The tasks meet at a latch: they can only all pass it if they run
 * at once. In some trials one task then takes a while (from 40 ms to over a second), so a runAll() that
 * sleeps or joins with a time-out instead of waiting for every thread returns while that task still runs.
 */
public class WorkersScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 10, trial -> new Stress.Trial() {
            final int count = 3 + trial % 3;
            final int slow = trial % count;
            final long slowMillis = trial == 1 ? 250 : trial == 3 ? 1100 : trial % 2 == 1 ? 40 : 0;
            final CountDownLatch together = new CountDownLatch(count);
            final Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
            final AtomicInteger met = new AtomicInteger();
            final AtomicInteger done = new AtomicInteger();
            Thread caller;
            int doneAtReturn;

            @Override
            public void thread(int index) throws Exception {
                caller = Thread.currentThread();
                List<Runnable> tasks = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    int task = i;
                    tasks.add(() -> {
                        ranOn.add(Thread.currentThread());
                        together.countDown();
                        try {
                            // Threads that run at once all arrive within microseconds; 2 s leaves room for a busy
                            // machine. A task on the caller's own thread (run() called, not start()) has already
                            // failed, and does not wait: the others cannot arrive before it returns.
                            if (Thread.currentThread() != caller && together.await(2, TimeUnit.SECONDS)) {
                                met.incrementAndGet();
                            }
                            if (task == slow && slowMillis > 0) {
                                Thread.sleep(slowMillis); // this task's work takes a while
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        done.incrementAndGet();
                    });
                }
                Workers.runAll(tasks);
                doneAtReturn = done.get();
            }

            @Override
            public void check() {
                if (ranOn.contains(caller)) {
                    throw new AssertionError("a task ran on the thread that called runAll(): run() was called, not start()");
                }
                if (doneAtReturn != count) {
                    throw new AssertionError("runAll() returned when " + doneAtReturn + " of " + count + " tasks had finished"
                            + (slowMillis > 0 ? " (one of them took " + slowMillis + " ms)" : "")
                            + ": it must wait for every thread to finish, however long its task takes");
                }
                if (ranOn.size() != count || met.get() != count) {
                    throw new AssertionError(count + " tasks ran on " + ranOn.size() + " threads, and " + met.get()
                            + " of them ran at the same time as all the others");
                }
            }
        });
    }
}
