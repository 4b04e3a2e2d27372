package concur.game;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** {@code AtomicInteger}, {@code AtomicLong}, {@code AtomicBoolean}, {@code AtomicReference}: each call is one step. */
final class AtomicPrimitive implements Primitive {
    /** The value, boxed so that an AtomicReference may hold null. */
    record Cell(Object value) {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    @Override
    public Set<String> created() {
        return Set.of("AtomicInteger", "AtomicLong", "AtomicBoolean", "AtomicReference");
    }

    @Override
    public Object start(Init init) {
        if (init.arguments().size() > 1) {
            throw init.error("an atomic starts as new " + init.type() + "() or new " + init.type() + "(value)");
        }
        if (init.arguments().size() == 1) {
            return new Cell(init.constant(init.arguments().get(0)));
        }
        return new Cell(switch (init.type()) {
            case "AtomicInteger", "AtomicLong" -> 0;
            case "AtomicBoolean" -> false;
            default -> null;
        });
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.looks("get", 0, c -> c.result(value(c))),
                Method.looks("intValue", 0, c -> c.result(value(c))),
                Method.changes("set", 1, c -> c.set(new Cell(c.arg(0)))),
                Method.changes("lazySet", 1, c -> c.set(new Cell(c.arg(0)))),
                Method.changes("getAndSet", 1, c -> {
                    c.result(value(c));
                    c.set(new Cell(c.arg(0)));
                }),
                Method.changes("incrementAndGet", 0, c -> add(c, 1, true)),
                Method.changes("decrementAndGet", 0, c -> add(c, -1, true)),
                Method.changes("getAndIncrement", 0, c -> add(c, 1, false)),
                Method.changes("getAndDecrement", 0, c -> add(c, -1, false)),
                Method.changes("addAndGet", 1, c -> add(c, c.intArg(0), true)),
                Method.changes("getAndAdd", 1, c -> add(c, c.intArg(0), false)),
                Method.changes("compareAndSet", 2, c -> {
                    boolean same = Objects.equals(value(c), c.arg(0));
                    if (same) {
                        c.set(new Cell(c.arg(1)));
                    }
                    c.result(same);
                }),
                Method.changes("updateAndGet", 1, c -> update(c, true)),
                Method.changes("getAndUpdate", 1, c -> update(c, false)),
                Method.changes("accumulateAndGet", 2, c -> {
                    Object next = c.apply(c.arg(1), value(c), c.arg(0));
                    c.set(new Cell(next));
                    c.result(next);
                }));
    }

    private static Object value(Call c) {
        return c.<Cell>state().value();
    }

    private static void add(Call c, int delta, boolean after) {
        int before = Interpreter.number(value(c));
        c.set(new Cell(before + delta));
        c.result(after ? before + delta : before);
    }

    private static void update(Call c, boolean after) {
        Object before = value(c);
        Object next = c.apply(c.arg(0), before);
        c.set(new Cell(next));
        c.result(after ? next : before);
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        return GameScreen.show(((Cell) state).value());
    }
}
