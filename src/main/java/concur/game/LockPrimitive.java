package concur.game;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code ReentrantLock}: held by one thread at a time, as many times as it locks it; {@code newCondition()} makes a {@link ConditionPrimitive}. */
final class LockPrimitive implements Primitive {
    /** Who holds the lock (-1: nobody) and how many times. */
    record Held(int owner, int count) {
        static final Held FREE = new Held(-1, 0);

        boolean byOther(int t) {
            return owner >= 0 && owner != t;
        }

        Held acquire(int t, int times) {
            return new Held(t, (owner == t ? count : 0) + times);
        }

        @Override
        public String toString() {
            return owner < 0 ? "free" : owner + "x" + count;
        }
    }

    @Override
    public Set<String> created() {
        return Set.of("ReentrantLock");
    }

    @Override
    public Object start(Init init) {
        if (init.arguments().size() > 1) {
            throw init.error("new ReentrantLock() takes no argument, or one: fair");
        }
        return Held.FREE;
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.steps("lock", 0, Phase.waiting("", LockPrimitive::waits, c -> c.set(c.<Held>state().acquire(c.t, 1)))),
                Method.changes("unlock", 0, LockPrimitive::unlock),
                Method.changes("tryLock", 0, c -> {
                    Held held = c.state();
                    c.result(!held.byOther(c.t));
                    if (!held.byOther(c.t)) {
                        c.set(held.acquire(c.t, 1));
                    }
                }),
                Method.steps("tryLock", 2, Phase.timed("", LockPrimitive::waits, c -> {
                    c.set(c.<Held>state().acquire(c.t, 1));
                    c.result(true);
                }, c -> c.result(false))),
                Method.looks("isLocked", 0, c -> c.result(c.<Held>state().owner() >= 0)),
                Method.looks("isHeldByCurrentThread", 0, c -> c.result(c.<Held>state().owner() == c.t)),
                Method.looks("getHoldCount", 0, c -> c.result(c.<Held>state().owner() == c.t ? c.<Held>state().count() : 0)));
    }

    static Optional<String> waits(Call c) {
        Held held = c.state();
        return held.byOther(c.t) ? Optional.of("waits for lock " + c.field + ", held by " + c.letter(held.owner()))
                : Optional.empty();
    }

    static void unlock(Call c) {
        Held held = c.state();
        if (held.owner() != c.t) {
            throw c.fail("IllegalMonitorStateException: " + c.letter(c.t) + " does not hold " + c.field);
        }
        c.set(held.count() == 1 ? Held.FREE : new Held(c.t, held.count() - 1));
    }

    @Override
    public Optional<Derived> derive(String method, String owner) {
        return method.equals("newCondition")
                ? Optional.of(new Derived(new ConditionPrimitive(), new ConditionPrimitive.Waiting(owner, List.of()), null))
                : Optional.empty();
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        Held held = (Held) state;
        return held.owner() < 0 ? "free" : "held by " + letter.apply(held.owner()) + (held.count() > 1 ? " (" + held.count() + "x)" : "");
    }
}
