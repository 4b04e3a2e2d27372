package concur.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a level's run has at one moment: shared fields, the primitives' states, who holds which monitor, wait
 * sets, and where each thread is. Steps work on a copy, so undo is keeping the old state and the solver can branch
 * freely.
 */
public final class GameState {
    /** A held monitor: its owner (a thread index) and how many times it holds it. */
    record Hold(int owner, int count) {}

    /** A write still in a thread's store buffer ({@code memory: tso}), not yet in memory. */
    record Buffered(String field, Object value) {
        @Override
        public String toString() {
            return field + "=" + value;
        }
    }

    /** What is leaving a try through its finally block: an exception (with its line), or a return to a step. */
    record Pending(String exception, int line, int returnTo) {}

    /** One thread's own part of the state. */
    static final class ThreadState {
        int pc;
        final Map<String, Object> locals = new LinkedHashMap<>();
        /** The scratch register of a non-atomic update: what was read, before it is written back. */
        Object scratch;
        boolean scratchSet;
        /** Whether the scratch register has been added to since it was read. */
        boolean scratchComputed;
        /** Set when the thread threw: it has ended with this exception, thrown at {@link #thrownLine}. */
        String thrown;
        int thrownLine;
        /** The monitor whose wait set the thread is in; null once notified (or never waiting). */
        String waitingOn;
        /** How many times the thread held the monitor it waits on, restored when it takes it back. */
        int savedHolds;
        /** What a call that takes several steps keeps between them, and the value it will give back. */
        Object memo;
        Object callResult;
        Pending pending;
        /** The thread's store buffer, oldest write first. */
        final List<Buffered> buffer = new ArrayList<>();

        ThreadState copy() {
            ThreadState c = new ThreadState();
            c.pc = pc;
            c.locals.putAll(locals);
            c.scratch = scratch;
            c.scratchSet = scratchSet;
            c.scratchComputed = scratchComputed;
            c.thrown = thrown;
            c.thrownLine = thrownLine;
            c.waitingOn = waitingOn;
            c.savedHolds = savedHolds;
            c.memo = memo;
            c.callResult = callResult;
            c.pending = pending;
            c.buffer.addAll(buffer);
            return c;
        }

        @Override
        public String toString() {
            return pc + " " + locals + (scratchSet ? " s=" + scratch + (scratchComputed ? "+" : "") : "")
                    + (thrown == null ? "" : " thrown=" + thrown) + (waitingOn == null ? "" : " waits=" + waitingOn + "/" + savedHolds)
                    + (memo == null ? "" : " memo=" + memo) + (callResult == null ? "" : " result=" + callResult)
                    + (pending == null ? "" : " pending=" + pending) + (buffer.isEmpty() ? "" : " buffer=" + buffer);
        }
    }

    final Map<String, Object> fields = new LinkedHashMap<>();
    /** Each primitive field's state, immutable: a step replaces it. */
    final Map<String, Object> prims = new TreeMap<>();
    final Map<String, Hold> holds = new TreeMap<>();
    final Map<String, List<Integer>> waitSets = new TreeMap<>();
    final List<ThreadState> threads = new ArrayList<>();
    int objects;
    /** Set by System.exit: the program has ended. */
    boolean exited;

    GameState copy() {
        GameState c = new GameState();
        c.fields.putAll(fields);
        c.prims.putAll(prims);
        c.holds.putAll(holds);
        waitSets.forEach((k, v) -> c.waitSets.put(k, new ArrayList<>(v)));
        threads.forEach(t -> c.threads.add(t.copy()));
        c.objects = objects;
        c.exited = exited;
        return c;
    }

    /** A text that two states share exactly when they are the same: what the solver's visited set compares. */
    String key() {
        return fields + "|" + prims + "|" + holds + "|" + waitSets + "|" + threads + "|" + objects + "|" + exited;
    }

    /** The value of a shared field in memory, for tests and for the screen. */
    public Object field(String name) {
        return fields.get(name);
    }
}
