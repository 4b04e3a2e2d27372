package concur.verifier.race;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * A function the learner's code hands to the JDK (a task for a pool, a thread's Runnable, a future's callback), wrapped
 * so that the detector sees the edges the JDK promises: what came before the hand-over happens before the function
 * runs, and its run happens before whoever waits for its result (get, join, awaitTermination, close).
 */
final class Tasks {
    /** The wrapped functions running in this thread, innermost first. */
    private static final ThreadLocal<java.util.ArrayDeque<Task>> RUNNING = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    private Tasks() {}

    /**
     * This thread has found it was interrupted: a pool's shutdownNow() or a future's cancel(true), made by JDK code
     * that is not instrumented, may have done it, so what came before those calls on the pools and futures its
     * running tasks were handed to happens before (as an interrupt() the learner's code makes does).
     */
    static void interruptSeen(Detector detector) {
        for (Task task : RUNNING.get()) {
            if (task.source != null) {
                detector.acquire(task.source);
            }
            for (Object holder : task.holders) {
                detector.acquire(holder);
            }
        }
    }

    /** The state a wrapped function carries. */
    static final class Task implements InvocationHandler {
        final Object target;
        final Clock created;
        Object source;
        List<Object> stages = List.of();
        /** An object's own action (a barrier's): it runs between its parties' arrival and their going on. */
        boolean action;
        /** The pools and futures it was handed to (whose shutdownNow() or cancel(true) may interrupt it). */
        final List<Object> holders = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** Every run of it so far (a stream's function runs on many threads), joined; guarded by the detector. */
        volatile Clock ended;

        Task(Object target, Clock created) {
            this.target = target;
            this.created = created;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> target.toString();
                    default -> method.invoke(target, args);
                };
            }
            Detector detector = Race.detector();
            if (detector != null) {
                detector.join(created, "handing a function to the JDK (a task, a thread's Runnable, a callback)");
                // a stage's function runs once the stages it follows have completed: after the functions that
                // completed them (and whatever they followed), wherever it runs (the calling thread, if they were done)
                if (source != null) {
                    detector.acquireQuietly(source);
                    if (Race.isFuture(source)) {
                        detector.acquireEnded(source);
                    }
                }
                for (Object stage : stages) {
                    detector.acquireQuietly(stage);
                    detector.acquireEnded(stage);
                }
            }
            RUNNING.get().push(this);
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                RUNNING.get().pop();
                if (detector != null) {
                    if (action && source != null) {
                        detector.release(source);
                    }
                    detector.ended(this);
                }
            }
        }
    }

    /** A function the object being constructed runs as its action: from its arrivals, before they go on. */
    static Object wrapAction(Object function, Class<?> type, Detector detector) {
        if (function == null || !type.isInterface() || Proxy.isProxyClass(function.getClass())) {
            return function;
        }
        Task task = new Task(function, detector.snapshot());
        task.action = true;
        Race.actions().add(task);
        return Proxy.newProxyInstance(Tasks.class.getClassLoader(), new Class<?>[] {type}, task);
    }

    static Object wrap(Object function, Class<?> type, Detector detector) {
        if (function == null || !type.isInterface() || Proxy.isProxyClass(function.getClass())) {
            return function;
        }
        Task task = new Task(function, detector.snapshot());
        Race.pending().add(task);
        return Proxy.newProxyInstance(Tasks.class.getClassLoader(), new Class<?>[] {type}, task);
    }
}
