package concur.verifier.race;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Vector;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;

/**
 * What the instrumented learner's code calls: one static method per kind of step (a field or array access, a monitor,
 * a call on a JDK object, a thread's start or join, a wait). Each does the step as the original code would, and
 * tells the detector of the current trial; outside a trial it only does the step.
 */
public final class Race {
    private static volatile Detector detector;
    private static volatile Shaker shaker;
    private static final ThreadLocal<List<Tasks.Task>> PENDING = ThreadLocal.withInitial(ArrayList::new);
    /** The functions given to the constructor of a JDK object being made, to run as its action. */
    private static final ThreadLocal<List<Tasks.Task>> ACTIONS = ThreadLocal.withInitial(ArrayList::new);
    /** The futures a call about to be made on a JDK object takes as arguments (thenCombine's other, allOf's all). */
    private static final ThreadLocal<List<Object>> STAGES = ThreadLocal.withInitial(ArrayList::new);
    /** Calls after which every ended task handed to the receiver happens before the caller goes on. */
    private static final Set<String> WAITS = Set.of("get", "join", "getNow", "resultNow", "exceptionNow", "close",
            "awaitTermination", "invokeAny", "isDone", "isTerminated", "state", "isCompletedExceptionally",
            "isCancelled");
    /** Calls that return once the futures (fork-join tasks) they are given have completed. */
    private static final Set<String> STAGE_WAITS = Set.of("invoke", "invokeAll");
    /** Calls that change a collection or a builder; every other call on one reads it. */
    private static final Set<String> MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "offer", "offerFirst",
            "offerLast", "push", "pop", "poll", "pollFirst", "pollLast", "remove", "removeAll", "removeIf", "removeFirst",
            "removeLast", "retainAll", "clear", "set", "put", "putAll", "putIfAbsent", "replace", "replaceAll", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "sort", "append", "insert", "delete", "deleteCharAt",
            "reverse", "setLength", "setCharAt", "trimToSize", "ensureCapacity", "putFirst", "putLast", "reversed");

    private Race() {}

    static void begin(Detector d, Shaker s) {
        shaker = s;
        detector = d;
    }

    static void end() {
        detector = null;
        shaker = null;
    }

    /** The harness (not instrumented) starts {@code thread}: an edge the detector must know of, not the learner's. */
    public static void harnessFork(Thread thread) {
        Detector d = detector;
        if (d != null) {
            d.harnessFork(thread);
        }
    }

    /** The harness has joined {@code thread}. */
    public static void harnessJoined(Thread thread) {
        Detector d = detector;
        if (d != null && !thread.isAlive()) {
            d.joined(thread);
        }
    }

    /** Synchronizations so far in this instrumented trial (-1 outside one), for a scenario that bounds them. */
    public static long synchronizations() {
        Detector d = detector;
        return d == null ? -1 : d.synchronizations();
    }

    static Detector detector() {
        return detector;
    }

    static List<Tasks.Task> pending() {
        return PENDING.get();
    }

    /** A synchronization point: shaken more often than a plain step (see {@link Shaker#syncStep}). */
    private static Detector syncStep() {
        Shaker s = shaker;
        if (s != null) {
            s.syncStep();
        }
        return detector;
    }

    private static Detector step() {
        Shaker s = shaker;
        if (s != null) {
            s.step();
        }
        return detector;
    }

    // fields: read and write before the access; volatile read after it, volatile write before it

    public static void read(Object holder, int field, int site) {
        Detector d = step();
        if (d != null) {
            d.field(holder, field, site, false, null);
        }
    }

    public static void write(Object holder, int field, int site) {
        Detector d = step();
        if (d != null) {
            d.field(holder, field, site, true, null);
        }
    }

    public static void volatileRead(Object holder, int field) {
        Detector d = detector;
        if (d != null) {
            d.volatileRead(holder, field);
            syncStep();
        }
    }

    public static void volatileWrite(Object holder, int field) {
        Detector d = syncStep();
        if (d != null) {
            d.volatileWrite(holder, field);
        }
    }

    // array elements: loads are reported before the load; stores are made here

    public static void readElement(Object array, int index, int site) {
        Detector d = step();
        if (d != null) {
            d.element(array, index, site, false);
        }
    }

    private static void writeElement(Object array, int index, int site) {
        Detector d = step();
        if (d != null) {
            d.element(array, index, site, true);
        }
    }

    public static void storeInt(int[] a, int i, int v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    public static void storeLong(long[] a, int i, long v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    public static void storeFloat(float[] a, int i, float v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    public static void storeDouble(double[] a, int i, double v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    public static void storeChar(char[] a, int i, char v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    public static void storeShort(short[] a, int i, short v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    /** bastore: a byte[] or a boolean[] (which keeps the lowest bit, as the JVM does). */
    public static void storeByte(Object a, int i, int v, int site) {
        writeElement(a, i, site);
        if (a instanceof boolean[] flags) {
            flags[i] = (v & 1) != 0;
        } else {
            ((byte[]) a)[i] = (byte) v;
        }
    }

    public static void storeObject(Object[] a, int i, Object v, int site) {
        writeElement(a, i, site);
        a[i] = v;
    }

    /** Before a static field of another class is used: that class's initialiser happens before the use. */
    public static void initialized(Class<?> type) {
        Detector d = detector;
        if (d != null) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException e) {
                // it is loaded: the class literal named it
            }
            d.acquire(type);
        }
    }

    // monitors: synchronized blocks and methods

    public static void acquire(Object monitor) {
        Detector d = step();
        if (d != null) {
            d.acquire(monitor);
        }
    }

    public static void release(Object monitor) {
        Detector d = step();
        if (d != null) {
            d.release(monitor);
        }
    }

    // calls on JDK objects, through a wrapper the instrumentation adds to the learner's class for each call site

    public static Object wrap(Object function, Class<?> type) {
        Detector d = detector;
        return d == null ? function : Tasks.wrap(function, type, d);
    }

    /** A function given to a JDK object's constructor, which it runs as its action (a barrier's, a FutureTask's). */
    public static Object wrapAction(Object function, Class<?> type) {
        Detector d = detector;
        return d == null ? function : Tasks.wrapAction(function, type, d);
    }

    /** The object the functions just given to its constructor belong to. */
    public static void constructed(Object object) {
        List<Tasks.Task> actions = ACTIONS.get();
        for (Tasks.Task task : actions) {
            task.source = object;
        }
        actions.clear();
    }

    static List<Tasks.Task> actions() {
        return ACTIONS.get();
    }

    /** One JDK call in progress: the functions and the futures it was given (its own, whatever runs meanwhile). */
    record Call(List<Tasks.Task> tasks, List<Object> stages) {}

    /**
     * Just before a JDK call: takes the functions and futures its wrapper gathered (so that calls made meanwhile, by
     * a function the call runs in this thread, keep theirs apart) and returns them, for {@link #after}.
     */
    public static Object before(Object receiver, int site) {
        Call call = new Call(List.copyOf(PENDING.get()), List.copyOf(STAGES.get()));
        PENDING.get().clear();
        STAGES.get().clear();
        Detector d = receiver != null && threadSafe(receiver) ? syncStep() : step();
        if (d == null) {
            return call;
        }
        for (Tasks.Task task : call.tasks()) {
            task.source = receiver;
            task.stages = call.stages();
        }
        for (Object stage : call.stages()) {
            d.release(stage); // handed on (pool.invoke(task), pool.submit(task)): the task's compute() comes after
        }
        if (receiver == null) {
            return call;
        }
        if (threadSafe(receiver)) {
            d.release(receiver);
        } else if (unsafeContainer(receiver)) {
            Sites.Site at = Sites.get(site);
            d.field(receiver, Detector.CONTENTS, site, MUTATORS.contains(at.what()), receiver.getClass().getSimpleName());
        }
        return call;
    }

    public static void after(Object result, Object receiver, int site, Object made) {
        Detector d = detector;
        if (d == null || !(made instanceof Call call)) {
            return;
        }
        for (Tasks.Task task : call.tasks()) {
            if (receiver != null) {
                d.handOver(receiver, task);
            }
            if (isFuture(result)) {
                d.handOver(result, task);
            }
        }
        if (receiver instanceof java.util.stream.BaseStream<?, ?>) {
            // a stream's functions have all run once its terminal operation returns
            if (result instanceof java.util.stream.BaseStream<?, ?>) {
                d.dependsOn(result, receiver);
            } else {
                d.acquireEnded(receiver);
            }
        }
        String method = Sites.get(site).what();
        if (STAGE_WAITS.contains(method)) {
            // pool.invoke(task), ForkJoinTask.invokeAll(tasks): they have all completed
            for (Object stage : call.stages()) {
                d.acquire(stage);
                d.acquireEnded(stage);
            }
        }
        if (isFuture(result)) {
            // a stage made from others (thenApply's from its receiver, allOf's from all) completes after them
            if (isFuture(receiver)) {
                d.dependsOn(result, receiver);
            }
            for (Object stage : call.stages()) {
                d.dependsOn(result, stage);
            }
        }
        if (receiver == null || !threadSafe(receiver)) {
            return;
        }
        d.acquire(receiver);
        if (WAITS.contains(method)) {
            d.acquireEnded(receiver);
        }
        if (result != null && (method.equals("newCondition") || method.equals("readLock") || method.equals("writeLock"))) {
            d.alias(result, receiver);
        }
    }

    /**
     * A future argument of the JDK call about to be made on the learner's behalf (or an array of them): the stage
     * the call returns, and the functions it takes, come after it.
     */
    public static void stage(Object stage) {
        if (detector == null || stage == null) {
            return;
        }
        if (stage instanceof Object[] || stage instanceof Collection<?>) {
            Iterable<?> all = stage instanceof Object[] array ? java.util.Arrays.asList(array) : (Collection<?>) stage;
            for (Object s : all) {
                if (s != null) {
                    STAGES.get().add(s);
                }
            }
        } else {
            STAGES.get().add(stage);
        }
    }

    /** A thrown exception is being caught: an InterruptedException is this thread finding it was interrupted. */
    public static void caught(Throwable thrown) {
        Detector d = detector;
        if (d != null && thrown instanceof InterruptedException) {
            d.acquire(d.interruptKey(Thread.currentThread()));
            Tasks.interruptSeen(d);
        }
    }

    static boolean isFuture(Object o) {
        return o instanceof Future<?> || o instanceof java.util.concurrent.CompletionStage<?>;
    }

    /** The JDK class an object is of, or that the learner's class it is of extends (an anonymous Phaser, say). */
    private static String jdkName(Object o) {
        Class<?> type = o.getClass();
        while (type.getClassLoader() instanceof InstrumentingLoader) {
            type = type.getSuperclass();
        }
        return type.getName();
    }

    private static boolean threadSafe(Object o) {
        String name = jdkName(o);
        return name.startsWith("java.util.concurrent.") || name.startsWith("java.util.Collections$Synchronized")
                || o instanceof Vector<?> || o instanceof java.util.Hashtable<?, ?> || o instanceof StringBuffer;
    }

    private static boolean unsafeContainer(Object o) {
        return (o instanceof Collection<?> || o instanceof Map<?, ?> || o instanceof StringBuilder)
                && (jdkName(o).startsWith("java.util.") || o instanceof StringBuilder);
    }

    /** invokeAll: every task in the collection is wrapped, and all have ended when it returns. */
    public static <T> List<Future<T>> invokeAll(ExecutorService pool, Collection<? extends Callable<T>> tasks)
            throws InterruptedException {
        Detector d = step();
        if (d == null) {
            return pool.invokeAll(tasks);
        }
        List<Callable<T>> wrapped = wrapAll(tasks, d);
        List<Tasks.Task> handed = taken();
        List<Future<T>> futures = pool.invokeAll(wrapped);
        endedAll(d, handed);
        return futures;
    }

    public static <T> List<Future<T>> invokeAll(ExecutorService pool, Collection<? extends Callable<T>> tasks, long timeout,
            TimeUnit unit) throws InterruptedException {
        Detector d = step();
        if (d == null) {
            return pool.invokeAll(tasks, timeout, unit);
        }
        List<Callable<T>> wrapped = wrapAll(tasks, d);
        List<Tasks.Task> handed = taken();
        List<Future<T>> futures = pool.invokeAll(wrapped, timeout, unit);
        endedAll(d, handed);
        return futures;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Callable<T>> wrapAll(Collection<? extends Callable<T>> tasks, Detector d) {
        List<Callable<T>> wrapped = new ArrayList<>();
        for (Callable<T> task : tasks) {
            wrapped.add((Callable<T>) Tasks.wrap(task, Callable.class, d));
        }
        return wrapped;
    }

    /** The tasks wrapAll just made, taken away before the pool may run one in this thread (and it makes calls). */
    private static List<Tasks.Task> taken() {
        List<Tasks.Task> handed = List.copyOf(PENDING.get());
        PENDING.get().clear();
        return handed;
    }

    private static void endedAll(Detector d, List<Tasks.Task> handed) {
        for (Tasks.Task task : handed) {
            if (task.ended != null) {
                d.join(task.ended, "invokeAll(), which waits for its tasks");
            }
        }
    }

    // threads

    public static void start(Thread thread) {
        Detector d = step();
        if (d != null) {
            d.fork(thread);
        }
        thread.start();
    }

    public static void join(Thread thread) throws InterruptedException {
        thread.join();
        joined(thread);
    }

    /**
     * A timed join: each thread's first one in a trial gives up after a millisecond, as if the thread it waits for
     * were slower than the time allowed (which a timed join must be ready for: it then orders nothing).
     */
    public static void join(Thread thread, long millis) throws InterruptedException {
        thread.join(expires() && millis != 0 ? 1 : millis);
        joined(thread);
    }

    public static void join(Thread thread, long millis, int nanos) throws InterruptedException {
        if (expires() && (millis != 0 || nanos != 0)) {
            thread.join(1);
        } else {
            thread.join(millis, nanos);
        }
        joined(thread);
    }

    public static boolean join(Thread thread, Duration duration) throws InterruptedException {
        boolean ended = thread.join(expires() ? Duration.ofMillis(Math.min(1, duration.toMillis())) : duration);
        joined(thread);
        return ended;
    }

    public static boolean isAlive(Thread thread) {
        boolean alive = thread.isAlive();
        if (!alive) {
            joined(thread);
        }
        return alive;
    }

    /** Only a thread that has really ended passes its steps on (a timed join may return while it still runs). */
    private static void joined(Thread thread) {
        Detector d = step();
        if (d != null && !thread.isAlive()) {
            d.joined(thread);
        }
    }

    public static void interrupt(Thread thread) {
        Detector d = step();
        if (d != null) {
            d.release(d.interruptKey(thread));
        }
        thread.interrupt();
    }

    public static boolean isInterrupted(Thread thread) {
        boolean interrupted = thread.isInterrupted();
        Detector d = detector;
        if (d != null && interrupted) {
            d.acquire(d.interruptKey(thread));
            if (thread == Thread.currentThread()) {
                Tasks.interruptSeen(d);
            }
        }
        return interrupted;
    }

    public static boolean interrupted() {
        boolean interrupted = Thread.interrupted();
        Detector d = detector;
        if (d != null && interrupted) {
            d.acquire(d.interruptKey(Thread.currentThread()));
            Tasks.interruptSeen(d);
        }
        return interrupted;
    }

    // waits, which may wake up spuriously, as the JDK allows

    private static boolean expires() {
        Shaker s = shaker;
        return s != null && s.expireTimedJoin();
    }

    private static boolean spurious() {
        Shaker s = shaker;
        return s != null && s.spuriousWakeup();
    }

    public static void waitOn(Object monitor) throws InterruptedException {
        waitOn(monitor, 0L, 0);
    }

    public static void waitOn(Object monitor, long millis) throws InterruptedException {
        waitOn(monitor, millis, 0);
    }

    public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException {
        Detector d = step();
        if (d != null && Thread.holdsLock(monitor)) {
            d.release(monitor);
        }
        try {
            if (d != null && Thread.holdsLock(monitor) && spurious()) {
                monitor.wait(0, 1); // lets go of the monitor and takes it back, a moment later
            } else {
                monitor.wait(millis, nanos);
            }
        } finally {
            if (d != null && Thread.holdsLock(monitor)) {
                d.acquire(monitor);
            }
        }
    }

    public static void await(Condition condition) throws InterruptedException {
        Detector d = step();
        if (d != null) {
            d.release(condition);
        }
        try {
            if (spurious()) {
                condition.awaitNanos(1);
            } else {
                condition.await();
            }
        } finally {
            if (d != null) {
                d.acquire(condition);
            }
        }
    }

    public static void awaitUninterruptibly(Condition condition) {
        Detector d = step();
        if (d != null) {
            d.release(condition);
        }
        try {
            if (spurious()) {
                boolean interrupted = false;
                try {
                    condition.awaitNanos(1);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            } else {
                condition.awaitUninterruptibly();
            }
        } finally {
            if (d != null) {
                d.acquire(condition);
            }
        }
    }

    public static void park() {
        if (!spurious()) {
            LockSupport.park();
        }
    }

    public static void park(Object blocker) {
        if (!spurious()) {
            LockSupport.park(blocker);
        }
    }
}
