package concur.verifier.race;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Shakes the schedule of an instrumented run and decides which waits wake up spuriously. Each thread pauses (a yield
 * or a park of up to a millisecond) at a few of its instrumented steps, spread out geometrically so that early and
 * late steps both get some, and at most a few dozen times a trial: narrow windows, such as between the read and the
 * write of {@code count++} on a volatile, are then hit within a short run. Every thread's first wait returns at once
 * (a spurious wake-up, which the JDK allows), and a quarter of its later ones.
 */
final class Shaker {
    private static final int PAUSES_PER_THREAD = 40;
    /** Synchronization points (volatile accesses, calls on atomics and other thread-safe objects) pause this often. */
    private static final int SYNC_PAUSES_PER_THREAD = 24;
    private final long seed;
    private final AtomicLong spurious = new AtomicLong();
    private final ThreadLocal<State> state;

    private static final class State {
        final SplittableRandom random;
        long steps;
        long nextPause = 1;
        int paused;
        int syncSteps;
        int syncPaused;
        int waits;
        int timedJoins;

        State(long seed) {
            random = new SplittableRandom(seed);
            nextPause = 1 + random.nextInt(8);
        }
    }

    Shaker(long seed) {
        this.seed = seed;
        this.state = ThreadLocal.withInitial(() -> new State(this.seed ^ Thread.currentThread().threadId() * 0x9E3779B97F4A7C15L));
    }

    /** Called at each instrumented step, outside the detector's lock. */
    void step() {
        State s = state.get();
        if (++s.steps < s.nextPause || s.paused >= PAUSES_PER_THREAD) {
            return;
        }
        s.paused++;
        s.nextPause = s.steps + 1 + s.random.nextLong(Math.max(8, s.steps));
        pause(s);
    }

    /**
     * Called just after a volatile read and just before a volatile write or a call on a thread-safe object: the windows
     * where another thread's step changes the outcome of a check-then-act built from atomic steps (a read, then a
     * write of a volatile; get() then set()). A thread's first two sync points pause for 1 to 4 ms, half of the next ones for up to 1 ms, then fewer.
     */
    void syncStep() {
        State s = state.get();
        s.syncSteps++;
        if (s.syncPaused >= SYNC_PAUSES_PER_THREAD
                || s.syncSteps > 2 && s.random.nextInt(s.syncSteps <= 16 ? 2 : 8 + s.syncSteps / 16) != 0) {
            return;
        }
        s.syncPaused++;
        if (s.syncSteps <= 2) {
            // long enough for the other threads to reach the same point: their work seldom ends within a millisecond
            LockSupport.parkNanos(1_000_000 + s.random.nextInt(3_000_000));
        } else {
            pause(s);
        }
    }

    private void pause(State s) {
        if (s.random.nextBoolean()) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(50_000 + s.random.nextInt(950_000));
        }
    }

    /** Whether this wait should return at once, as a spurious wake-up. */
    boolean spuriousWakeup() {
        State s = state.get();
        boolean wake = s.waits++ == 0 || s.random.nextInt(4) == 0;
        if (wake) {
            spurious.incrementAndGet();
        }
        return wake;
    }

    /** Whether this timed join should give up at once: each thread's first one does. */
    boolean expireTimedJoin() {
        return state.get().timedJoins++ == 0;
    }

    long spuriousWakeups() {
        return spurious.get();
    }

}
