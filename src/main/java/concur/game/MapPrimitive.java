package concur.game;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code HashMap}, {@code ConcurrentHashMap} and the like: each call is one step, so {@code get} then {@code put} is
 * two, and another thread may come between them; {@code merge} and {@code computeIfAbsent} are one. (A real
 * HashMap written by two threads can also break inside one call; the game does not show that.)
 */
final class MapPrimitive implements Primitive {
    /** The entries in the order they were put, and whether null keys and values are refused. */
    record Entries(Map<Object, Object> map, boolean concurrent) {
        Entries with(Map<Object, Object> changed) {
            return new Entries(Collections.unmodifiableMap(new LinkedHashMap<>(changed)), concurrent);
        }

        @Override
        public String toString() {
            return map.toString();
        }
    }

    @Override
    public Set<String> created() {
        return Set.of("HashMap", "LinkedHashMap", "TreeMap", "Hashtable", "ConcurrentHashMap", "ConcurrentSkipListMap");
    }

    @Override
    public Object start(Init init) {
        if (!init.arguments().isEmpty()) {
            throw init.error("a map starts empty: new " + init.type() + "<>()");
        }
        return new Entries(Map.of(), init.type().startsWith("Concurrent") || init.type().equals("Hashtable"));
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.looks("get", 1, c -> c.result(entries(c).map().get(c.arg(0)))),
                Method.looks("getOrDefault", 2, c -> c.result(entries(c).map().getOrDefault(c.arg(0), c.arg(1)))),
                Method.looks("containsKey", 1, c -> c.result(entries(c).map().containsKey(c.arg(0)))),
                Method.looks("size", 0, c -> c.result(entries(c).map().size())),
                Method.looks("isEmpty", 0, c -> c.result(entries(c).map().isEmpty())),
                Method.changes("put", 2, c -> c.result(change(c, m -> m.put(key(c), value(c, c.arg(1)))))),
                Method.changes("putIfAbsent", 2, c -> c.result(change(c, m -> m.putIfAbsent(key(c), value(c, c.arg(1)))))),
                Method.changes("remove", 1, c -> c.result(change(c, m -> m.remove(c.arg(0))))),
                Method.changes("clear", 0, c -> change(c, m -> {
                    m.clear();
                    return null;
                })),
                Method.changes("merge", 3, c -> c.result(change(c, m -> {
                    Object old = m.get(key(c));
                    Object next = old == null ? value(c, c.arg(1)) : c.apply(c.arg(2), old, c.arg(1));
                    putOrRemove(m, key(c), next);
                    return next;
                }))),
                Method.changes("computeIfAbsent", 2, c -> c.result(change(c, m -> {
                    Object old = m.get(key(c));
                    if (old != null) {
                        return old;
                    }
                    Object next = c.apply(c.arg(1), key(c));
                    putOrRemove(m, key(c), next);
                    return next;
                }))),
                Method.changes("compute", 2, c -> c.result(change(c, m -> {
                    Object next = c.apply(c.arg(1), key(c), m.get(key(c)));
                    putOrRemove(m, key(c), next);
                    return next;
                }))));
    }

    private static void putOrRemove(Map<Object, Object> m, Object key, Object value) {
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
    }

    private static Entries entries(Call c) {
        return c.state();
    }

    private static Object key(Call c) {
        return value(c, c.arg(0));
    }

    private static Object value(Call c, Object v) {
        if (v == null && entries(c).concurrent()) {
            throw c.fail("NullPointerException: " + c.field + " holds no null");
        }
        return v;
    }

    private static Object change(Call c, Function<Map<Object, Object>, Object> change) {
        Map<Object, Object> m = new LinkedHashMap<>(entries(c).map());
        Object result = change.apply(m);
        c.set(entries(c).with(m));
        return result;
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        Map<Object, Object> m = ((Entries) state).map();
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(GameScreen.show(k)).append('=').append(GameScreen.show(v)));
        return sb.append('}').toString();
    }
}
