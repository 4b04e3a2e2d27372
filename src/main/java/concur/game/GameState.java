package concur.game;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a level's run has at one moment: shared fields, who holds which lock, wait sets, queues, latches,
 * thread-local values, and where each thread is. Steps work on a copy, so undo is keeping the old state and the
 * solver can branch freely.
 */
public final class GameState {
    /** A held lock or monitor: its owner (a thread index) and how many times it holds it. */
    record Hold(int owner, int count) {}

    /** One thread's own part of the state. */
    static final class ThreadState {
        int pc;
        final Map<String, Object> locals = new LinkedHashMap<>();
        /** The scratch register of a non-atomic update: what was read, before it is written back. */
        Object scratch;
        boolean scratchSet;
        /** Set when the thread threw: it has ended with this exception. */
        String thrown;
        /** The monitor whose wait set the thread is in; null once notified (or never waiting). */
        String waitingOn;
        /** How many times the thread held the monitor it waits on, restored when it takes it back. */
        int savedHolds;

        ThreadState copy() {
            ThreadState c = new ThreadState();
            c.pc = pc;
            c.locals.putAll(locals);
            c.scratch = scratch;
            c.scratchSet = scratchSet;
            c.thrown = thrown;
            c.waitingOn = waitingOn;
            c.savedHolds = savedHolds;
            return c;
        }

        @Override
        public String toString() {
            return pc + " " + locals + (scratchSet ? " s=" + scratch : "") + (thrown == null ? "" : " thrown=" + thrown)
                    + (waitingOn == null ? "" : " waits=" + waitingOn + "/" + savedHolds);
        }
    }

    final Map<String, Object> fields = new LinkedHashMap<>();
    final Map<String, Hold> holds = new TreeMap<>();
    final Map<String, List<Integer>> waitSets = new TreeMap<>();
    final Map<String, ArrayDeque<Object>> queues = new TreeMap<>();
    final Map<String, Integer> latches = new TreeMap<>();
    final Map<String, Map<Integer, Object>> threadLocals = new TreeMap<>();
    final List<ThreadState> threads = new ArrayList<>();
    int objects;

    GameState copy() {
        GameState c = new GameState();
        c.fields.putAll(fields);
        c.holds.putAll(holds);
        waitSets.forEach((k, v) -> c.waitSets.put(k, new ArrayList<>(v)));
        queues.forEach((k, v) -> c.queues.put(k, new ArrayDeque<>(v)));
        c.latches.putAll(latches);
        threadLocals.forEach((k, v) -> c.threadLocals.put(k, new TreeMap<>(v)));
        threads.forEach(t -> c.threads.add(t.copy()));
        c.objects = objects;
        return c;
    }

    /** A text that two states share exactly when they are the same: what the solver's visited set compares. */
    String key() {
        return fields + "|" + holds + "|" + waitSets + "|" + queues + "|" + latches + "|" + threadLocals + "|" + threads
                + "|" + objects;
    }

    /** The value of a shared field, for tests and for the screen. */
    public Object field(String name) {
        return fields.get(name);
    }
}
