package concur.verifier.race;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A function the learner's code hands to the JDK (a task for a pool, a thread's Runnable, a future's callback), wrapped
 * so that the detector sees the edges the JDK promises: what came before the hand-over happens before the function
 * runs, and its run happens before whoever waits for its result (get, join, awaitTermination, close).
 */
final class Tasks {
    private Tasks() {}

    /** The state a wrapped function carries. */
    static final class Task implements InvocationHandler {
        final Object target;
        final Clock created;
        Object source;
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
                if (source != null) {
                    detector.acquireQuietly(source);
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (detector != null) {
                    detector.ended(this);
                }
            }
        }
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
