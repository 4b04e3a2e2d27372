package concur.verifier.race;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Happens-before race detection over one trial, with vector clocks (FastTrack's rules, keeping every reader's clock):
 * each thread's clock, a clock per synchronization object (a monitor, a volatile field, a lock, a queue, a task), and
 * for each field and array element its last write and the reads since. An access races when an earlier conflicting
 * access by another thread is not ordered before it. One lock guards it all: the detector orders nothing itself.
 */
final class Detector {
    /** The pseudo-field standing for the contents of a JDK collection or builder that is not thread-safe. */
    static final int CONTENTS = -1;

    /** One access of a race: which thread, where, reading or writing, and on what (a JDK class, for a call). */
    record Access(String thread, int site, boolean write, String on) {}

    /** The first race found: the earlier access, the later one, and the variable they share. */
    record Found(Access earlier, Access later, String variable) {}

    private static final class ThreadState {
        final int id;
        final String name;
        final Clock clock = new Clock();

        ThreadState(int id, String name) {
            this.id = id;
            this.name = name;
            clock.set(id, 1);
        }

        void tick() {
            clock.set(id, clock.get(id) + 1);
        }

        int now() {
            return clock.get(id);
        }
    }

    /** One variable's history since its last write. */
    private static final class Variable {
        int writer = -1;
        int writeTick;
        int writeSite;
        int[] readTicks = new int[0];
        int[] readSites = new int[0];

        void read(int thread, int tick, int site) {
            if (thread >= readTicks.length) {
                readTicks = java.util.Arrays.copyOf(readTicks, thread + 4);
                readSites = java.util.Arrays.copyOf(readSites, thread + 4);
            }
            readTicks[thread] = tick;
            readSites[thread] = site;
        }
    }

    private final Map<Thread, ThreadState> threads = new IdentityHashMap<>();
    private final List<ThreadState> byId = new ArrayList<>();
    private final Map<Thread, Clock> forks = new IdentityHashMap<>();
    private final Map<Object, Clock> syncs = new IdentityHashMap<>();
    private final Map<Object, Object> aliases = new IdentityHashMap<>();
    private final Map<Object, Map<Integer, Variable>> fields = new IdentityHashMap<>();
    private final Map<Object, Variable[]> elements = new IdentityHashMap<>();
    private final Map<Thread, InterruptKey> interrupts = new IdentityHashMap<>();

    /** A thread's interrupt status, as a synchronization object of its own. */
    private static final class InterruptKey {}
    private final Map<Object, Map<Integer, Clock>> volatiles = new IdentityHashMap<>();
    private final Map<Object, List<Tasks.Task>> tasks = new IdentityHashMap<>();
    private final java.util.Set<String> edges = new java.util.LinkedHashSet<>();
    private final java.util.Set<Thread> harnessThreads = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, List<Object>> dependsOn = new IdentityHashMap<>();
    private Found found;
    private long synchronizations;

    private ThreadState current() {
        Thread thread = Thread.currentThread();
        ThreadState state = threads.get(thread);
        if (state == null) {
            state = new ThreadState(byId.size(), thread.getName());
            Clock fork = forks.remove(thread);
            if (fork != null && state.clock.join(fork) && !harnessThreads.contains(thread)) {
                edges.add("start() of a thread");
            }
            threads.put(thread, state);
            byId.add(state);
        }
        return state;
    }

    /** The kinds of happens-before edge the learner's code made that ordered something, in the order first seen. */
    synchronized List<String> edges() {
        return List.copyOf(edges);
    }

    synchronized Found found() {
        return found;
    }

    /** Acquires and releases so far: monitors, locks, atomics, queues (a volatile access is not counted). */
    synchronized long synchronizations() {
        return synchronizations;
    }

    synchronized void field(Object holder, int field, int site, boolean write, String on) {
        Variable v = fields.computeIfAbsent(holder, h -> new HashMap<>()).computeIfAbsent(field, f -> new Variable());
        access(v, site, write, on, field == CONTENTS ? "the " + on : Sites.fieldName(field));
    }

    synchronized void element(Object array, int index, int site, boolean write) {
        if (array == null || index < 0 || index >= Array.getLength(array)) {
            return; // the access itself throws
        }
        Variable[] all = elements.computeIfAbsent(array, a -> new Variable[Array.getLength(a)]);
        if (all[index] == null) {
            all[index] = new Variable();
        }
        String name = Sites.get(site).what();
        access(all[index], site, write, null, name.startsWith("a ") ? "element " + index + " of " + name : name + "[" + index + "]");
    }

    private void access(Variable v, int site, boolean write, String on, String variable) {
        ThreadState me = current();
        if (v.writer >= 0 && v.writer != me.id && v.writeTick > me.clock.get(v.writer)) {
            report(v.writer, v.writeSite, true, me, site, write, on, variable);
        }
        if (write) {
            for (int u = 0; u < v.readTicks.length; u++) {
                if (u != me.id && v.readTicks[u] > me.clock.get(u)) {
                    report(u, v.readSites[u], false, me, site, true, on, variable);
                }
            }
            v.writer = me.id;
            v.writeTick = me.now();
            v.writeSite = site;
            java.util.Arrays.fill(v.readTicks, 0);
        } else {
            v.read(me.id, me.now(), site);
        }
    }

    private void report(int other, int otherSite, boolean otherWrote, ThreadState me, int site, boolean write, String on,
            String variable) {
        if (found == null) {
            found = new Found(new Access(byId.get(other).name, otherSite, otherWrote, on),
                    new Access(me.name, site, write, on), variable);
        }
    }

    private Object key(Object sync) {
        Object alias = aliases.get(sync);
        return alias == null ? sync : alias;
    }

    /** From now on {@code sync} stands for {@code as} (a lock's condition, a read-write lock's halves). */
    synchronized void alias(Object sync, Object as) {
        aliases.put(sync, key(as));
    }

    synchronized void acquire(Object sync) {
        count(sync);
        acquireQuietly(sync);
    }

    /** An acquire the learner's code did not ask for (a task starting after its hand-over): not counted. */
    synchronized void acquireQuietly(Object sync) {
        Object key = key(sync);
        Clock clock = syncs.get(key);
        if (clock != null && current().clock.join(clock)) {
            edges.add(key instanceof InterruptKey ? "interrupt() seen by the interrupted thread" : Edges.of(key));
        }
    }

    /** Adders are made to be updated from every thread at once: their updates are not counted as taking turns. */
    private void count(Object sync) {
        String name = sync.getClass().getName();
        if (!name.endsWith("Adder") && !name.endsWith("Accumulator")) {
            synchronizations++;
        }
    }

    synchronized void release(Object sync) {
        count(sync);
        ThreadState me = current();
        syncs.computeIfAbsent(key(sync), s -> new Clock()).join(me.clock);
        me.tick();
    }

    /** A snapshot of this thread's clock, handed to work that will run later (a thread, a task). */
    synchronized Clock snapshot() {
        ThreadState me = current();
        Clock copy = new Clock(me.clock);
        me.tick();
        return copy;
    }

    /** What {@code clock} saw happens before this thread's next steps: {@code edge} says why, for the report. */
    synchronized void join(Clock clock, String edge) {
        if (clock != null && current().clock.join(clock) && edge != null) {
            edges.add(edge);
        }
    }

    /** The harness starts {@code thread}: an edge the learner's code did not make, left out of {@link #edges}. */
    synchronized void harnessFork(Thread thread) {
        harnessThreads.add(thread);
        fork(thread);
    }

    /** {@code thread} is about to start: what this thread did so far happens before all it does. */
    synchronized void fork(Thread thread) {
        ThreadState me = current();
        forks.put(thread, new Clock(me.clock));
        me.tick();
    }

    /** {@code thread} has ended (join returned, isAlive said false): all it did happens before what comes next. */
    synchronized void joined(Thread thread) {
        ThreadState ended = threads.get(thread);
        if (ended != null && current().clock.join(ended.clock) && !harnessThreads.contains(thread)) {
            edges.add("join() (or isAlive() false) on a thread that ended");
        }
    }

    /** {@code holder} (a future, a pool) gives access to the result of {@code task}. */
    synchronized void handOver(Object holder, Tasks.Task task) {
        tasks.computeIfAbsent(key(holder), h -> new ArrayList<>()).add(task);
        task.holders.add(holder);
    }

    /** A run of {@code task} has ended on this thread: its steps happen before whoever waits for the task. */
    synchronized void ended(Tasks.Task task) {
        ThreadState me = current();
        if (task.ended == null) {
            task.ended = new Clock(me.clock);
        } else {
            task.ended.join(me.clock);
        }
        me.tick();
    }

    /** The future {@code stage} completes only after {@code before} has (thenApply's, allOf's). */
    synchronized void dependsOn(Object stage, Object before) {
        if (stage != before) {
            dependsOn.computeIfAbsent(key(stage), h -> new ArrayList<>()).add(key(before));
        }
    }

    /**
     * Waiting on {@code holder} has returned: every task of it that has ended happens before what comes next, and so
     * does what happened before the futures it depends on completed (their tasks, their complete() calls).
     */
    synchronized void acquireEnded(Object holder) {
        ThreadState me = current();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> todo = new ArrayList<>();
        todo.add(key(holder));
        while (!todo.isEmpty()) {
            Object h = todo.remove(todo.size() - 1);
            if (!seen.add(h)) {
                continue;
            }
            List<Tasks.Task> mine = tasks.get(h);
            if (mine != null) {
                for (Tasks.Task task : mine) {
                    Clock ended = task.ended;
                    if (ended != null && me.clock.join(ended)) {
                        edges.add("waiting for a task's result (get, join, awaitTermination or close)");
                    }
                }
            }
            Clock released = syncs.get(h);
            if (released != null) {
                me.clock.join(released);
            }
            List<Object> before = dependsOn.get(h);
            if (before != null) {
                todo.addAll(before);
            }
        }
    }

    /** A volatile write, just before it is made: like a release of a lock that belongs to the field alone. */
    synchronized void volatileWrite(Object holder, int field) {
        ThreadState me = current();
        volatiles.computeIfAbsent(holder, h -> new HashMap<>()).computeIfAbsent(field, f -> new Clock()).join(me.clock);
        me.tick();
    }

    /** A volatile read, just after it was made: it sees the writes before the write it read, and more. */
    synchronized void volatileRead(Object holder, int field) {
        Map<Integer, Clock> of = volatiles.get(holder);
        Clock clock = of == null ? null : of.get(field);
        if (clock != null && current().clock.join(clock)) {
            edges.add("the volatile field " + Sites.fieldName(field));
        }
    }

    /** A thread's interrupt status, as a synchronization object of its own (interrupt() happens before it is seen). */
    synchronized Object interruptKey(Thread thread) {
        return interrupts.computeIfAbsent(thread, t -> new InterruptKey());
    }
}
