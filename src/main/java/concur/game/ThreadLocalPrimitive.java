package concur.game;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** {@code ThreadLocal}: one value per thread; {@code get} without a {@code set} gives null. */
final class ThreadLocalPrimitive implements Primitive {
    /** Each thread's value, by thread. */
    record PerThread(TreeMap<Integer, Object> values) {
        @Override
        public String toString() {
            return values.toString();
        }
    }

    @Override
    public Set<String> created() {
        return Set.of("ThreadLocal");
    }

    @Override
    public Object start(Init init) {
        if (!init.arguments().isEmpty()) {
            throw init.error("a ThreadLocal starts as new ThreadLocal<>()");
        }
        return new PerThread(new TreeMap<>());
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.looks("get", 0, c -> c.result(c.<PerThread>state().values().get(c.t))),
                Method.changes("set", 1, c -> {
                    TreeMap<Integer, Object> values = new TreeMap<>(c.<PerThread>state().values());
                    values.put(c.t, c.arg(0));
                    c.set(new PerThread(values));
                }),
                Method.changes("remove", 0, c -> {
                    TreeMap<Integer, Object> values = new TreeMap<>(c.<PerThread>state().values());
                    values.remove(c.t);
                    c.set(new PerThread(values));
                }));
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        PerThread p = (PerThread) state;
        if (p.values().isEmpty()) {
            return "unset";
        }
        StringBuilder sb = new StringBuilder();
        p.values().forEach((t, v) -> sb.append(sb.length() > 0 ? ", " : "").append(letter.apply(t)).append('=').append(GameScreen.show(v)));
        return sb.toString();
    }
}
