package concur.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@code Condition} from {@code lock.newCondition()}: {@code await()} lets go of the lock and waits for a signal,
 * then takes the lock back, as many times as it held it; {@code signal()} wakes the thread that waited longest.
 */
final class ConditionPrimitive implements Primitive {
    /** The lock's field and the threads waiting, longest first. */
    record Waiting(String lock, List<Integer> threads) {
        Waiting with(List<Integer> changed) {
            return new Waiting(lock, List.copyOf(changed));
        }

        @Override
        public String toString() {
            return threads.toString();
        }
    }

    @Override
    public Set<String> created() {
        return Set.of();
    }

    @Override
    public Object start(Init init) {
        throw init.error("a Condition is made by lock.newCondition()");
    }

    @Override
    public List<Method> methods() {
        Phase letGo = Phase.of("let go of the lock and wait", ConditionPrimitive::letGo);
        Phase takeBack = Phase.waiting("take the lock back", c -> {
            Waiting w = c.state();
            if (w.threads().contains(c.t)) {
                return Optional.of("waits in " + c.field + ".await() until another thread signals " + c.field);
            }
            LockPrimitive.Held held = (LockPrimitive.Held) c.other(w.lock());
            return held.byOther(c.t) ? Optional.of("was signalled; waits to take " + w.lock() + " back, held by "
                    + c.letter(held.owner())) : Optional.empty();
        }, ConditionPrimitive::takeBack);
        Phase signalledOrTimedOut = Phase.timed("wait for a signal", c -> {
            Waiting w = c.state();
            return w.threads().contains(c.t) ? Optional.of("waits in " + c.field + ".await(timeout) until signalled,"
                    + " or until the time is up") : Optional.empty();
        }, c -> c.result(true), c -> {
            Waiting w = c.state();
            List<Integer> left = new ArrayList<>(w.threads());
            left.remove(Integer.valueOf(c.t));
            c.set(w.with(left));
            c.result(false);
        });
        Phase takeBackTimed = Phase.waiting("take the lock back", c -> {
            Waiting w = c.state();
            LockPrimitive.Held held = (LockPrimitive.Held) c.other(w.lock());
            return held.byOther(c.t) ? Optional.of("waits to take " + w.lock() + " back, held by " + c.letter(held.owner()))
                    : Optional.empty();
        }, c -> {
            Object result = c.thread().callResult;
            takeBack(c);
            c.result(result);
        });
        return List.of(
                Method.steps("await", 0, letGo, takeBack),
                Method.steps("await", 2, letGo, signalledOrTimedOut, takeBackTimed),
                Method.changes("signal", 0, c -> signal(c, false)),
                Method.changes("signalAll", 0, c -> signal(c, true)));
    }

    private static LockPrimitive.Held owned(Call c, String call) {
        Waiting w = c.state();
        LockPrimitive.Held held = (LockPrimitive.Held) c.other(w.lock());
        if (held.owner() != c.t) {
            throw c.fail("IllegalMonitorStateException: " + c.field + "." + call + "() without holding " + w.lock());
        }
        return held;
    }

    private static void letGo(Call c) {
        LockPrimitive.Held held = owned(c, "await");
        Waiting w = c.state();
        c.memo(held.count());
        c.setOther(w.lock(), LockPrimitive.Held.FREE);
        List<Integer> waiting = new ArrayList<>(w.threads());
        waiting.add(c.t);
        c.set(w.with(waiting));
    }

    private static void takeBack(Call c) {
        Waiting w = c.state();
        LockPrimitive.Held held = (LockPrimitive.Held) c.other(w.lock());
        c.setOther(w.lock(), held.acquire(c.t, (Integer) c.memo()));
        c.result(null);
    }

    private static void signal(Call c, boolean all) {
        owned(c, all ? "signalAll" : "signal");
        Waiting w = c.state();
        List<Integer> waiting = new ArrayList<>(w.threads());
        if (all) {
            waiting.clear();
        } else if (!waiting.isEmpty()) {
            waiting.remove(0);
        }
        c.set(w.with(waiting));
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        Waiting w = (Waiting) state;
        return w.threads().isEmpty() ? "nobody waits" : "waiting: " + String.join(", ", w.threads().stream().map(letter).toList());
    }
}
