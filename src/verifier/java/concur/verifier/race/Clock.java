package concur.verifier.race;

import java.util.Arrays;

/** A vector clock: for each thread of the run (by its index), the last of its steps that happened before here. */
final class Clock {
    private int[] ticks;

    Clock() {
        ticks = new int[4];
    }

    Clock(Clock other) {
        ticks = other.ticks.clone();
    }

    int get(int thread) {
        return thread < ticks.length ? ticks[thread] : 0;
    }

    void set(int thread, int tick) {
        if (thread >= ticks.length) {
            ticks = Arrays.copyOf(ticks, Math.max(thread + 1, ticks.length * 2));
        }
        ticks[thread] = tick;
    }

    /** Everything that happened before {@code other} now happened before this too; whether that was news. */
    boolean join(Clock other) {
        if (other.ticks.length > ticks.length) {
            ticks = Arrays.copyOf(ticks, other.ticks.length);
        }
        boolean news = false;
        for (int i = 0; i < other.ticks.length; i++) {
            if (other.ticks[i] > ticks[i]) {
                ticks[i] = other.ticks[i];
                news = true;
            }
        }
        return news;
    }
}
