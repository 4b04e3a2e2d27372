package concur.verifier;

import concur.verifier.race.Race;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * A call of the learner's code run on a thread of its own while the calling thread watches it: seen inside
 * Thread.sleep, it waited by the clock, which promises nothing about other threads being done (and orders none of
 * their writes before its reads). A right fix never sleeps, so this can only fail a wrong one; a sleep too short to be
 * seen goes unseen.
 */
public final class Watched<T> {
    private final T value;
    private final boolean slept;

    private Watched(T value, boolean slept) {
        this.value = value;
        this.slept = slept;
    }

    /** What the call returned. */
    public T value() {
        return value;
    }

    /** Whether the call was seen inside Thread.sleep. */
    public boolean slept() {
        return slept;
    }

    /** Runs {@code call} on a new thread in {@code group}, watching it until it ends; rethrows what it threw. */
    public static <T> Watched<T> call(ThreadGroup group, Callable<T> call) throws Exception {
        Object[] result = new Object[2];
        Thread caller = new Thread(group, () -> {
            try {
                result[0] = call.call();
            } catch (Throwable e) {
                result[1] = e;
            }
        }, "caller");
        Race.harnessFork(caller); // the harness is not instrumented: the race detector is told of the edge
        caller.start();
        boolean slept = false;
        while (caller.isAlive()) {
            if (!slept && caller.getState() == Thread.State.TIMED_WAITING) {
                for (StackTraceElement frame : caller.getStackTrace()) {
                    slept |= frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().startsWith("sleep");
                }
            }
            LockSupport.parkNanos(100_000);
        }
        caller.join();
        Race.harnessJoined(caller);
        if (result[1] instanceof Exception e) {
            throw e;
        } else if (result[1] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return new Watched<>(value, slept);
    }
}
