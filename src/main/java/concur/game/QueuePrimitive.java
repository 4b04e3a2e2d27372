package concur.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A queue or deque, each call one step: {@code ArrayDeque}, {@code LinkedList} and the concurrent non-blocking ones,
 * or (blocking) {@code ArrayBlockingQueue}, {@code LinkedBlockingQueue} and {@code LinkedBlockingDeque}, which add
 * {@code put} (waits while full) and {@code take} (waits while empty). A field may start with elements:
 * {@code new ArrayDeque<>(List.of(new Dragon(), new Dragon()))}.
 */
final class QueuePrimitive implements Primitive {
    /** The elements, head first, and how many fit. */
    record Elements(List<Object> items, int capacity, boolean nulls) {
        Elements with(List<Object> changed) {
            return new Elements(java.util.Collections.unmodifiableList(new ArrayList<>(changed)), capacity, nulls);
        }

        @Override
        public String toString() {
            return items.toString();
        }
    }

    private final boolean blocking;

    QueuePrimitive(boolean blocking) {
        this.blocking = blocking;
    }

    @Override
    public Set<String> created() {
        return blocking ? Set.of("ArrayBlockingQueue", "LinkedBlockingQueue", "LinkedBlockingDeque")
                : Set.of("ArrayDeque", "LinkedList", "ConcurrentLinkedQueue", "ConcurrentLinkedDeque");
    }

    @Override
    public Object start(Init init) {
        List<Object> items = new ArrayList<>();
        int capacity = Integer.MAX_VALUE;
        List<com.github.javaparser.ast.expr.Expression> args = init.arguments();
        int next = 0;
        if (init.type().equals("ArrayBlockingQueue")) {
            if (args.isEmpty()) {
                throw init.error("an ArrayBlockingQueue starts as new ArrayBlockingQueue<>(capacity)");
            }
            capacity = init.intArgument(0, 1, "the queue's capacity");
            next = 1;
        } else if (!init.type().startsWith("Array") && !init.type().startsWith("Concurrent") && args.size() == 1
                && args.get(0).isIntegerLiteralExpr()) {
            capacity = init.intArgument(0, 1, "the queue's capacity"); // new LinkedBlockingQueue<>(2)
            next = 1;
        } else if (init.type().equals("ArrayDeque") && args.size() == 1 && args.get(0).isIntegerLiteralExpr()) {
            next = 1; // an initial size, not a bound
        }
        if (args.size() > next + 1) {
            throw init.error("new " + init.type() + " takes " + (next == 1 ? "a capacity and " : "") + "at most a"
                    + " collection here");
        }
        if (args.size() == next + 1) {
            if (!(init.constant(args.get(next)) instanceof Collection<?> start)) {
                throw init.error("a queue's first elements are given as List.of(...)");
            }
            items.addAll(start);
            if (items.size() > capacity) {
                throw init.error("more first elements than the queue's capacity");
            }
        }
        return new Elements(java.util.Collections.unmodifiableList(items), capacity, init.type().equals("LinkedList"));
    }

    @Override
    public List<Method> methods() {
        List<Method> methods = new ArrayList<>(List.of(
                Method.changes("add", 1, c -> c.result(addLast(c, true))),
                Method.changes("addLast", 1, c -> addLast(c, true)),
                Method.changes("offer", 1, c -> c.result(addLast(c, false))),
                Method.changes("offerLast", 1, c -> c.result(addLast(c, false))),
                Method.changes("addFirst", 1, c -> addFirst(c, true)),
                Method.changes("push", 1, c -> addFirst(c, true)),
                Method.changes("offerFirst", 1, c -> c.result(addFirst(c, false))),
                Method.changes("remove", 0, c -> c.result(removeAt(c, true, true))),
                Method.changes("removeFirst", 0, c -> c.result(removeAt(c, true, true))),
                Method.changes("pop", 0, c -> c.result(removeAt(c, true, true))),
                Method.changes("removeLast", 0, c -> c.result(removeAt(c, false, true))),
                Method.changes("poll", 0, c -> c.result(removeAt(c, true, false))),
                Method.changes("pollFirst", 0, c -> c.result(removeAt(c, true, false))),
                Method.changes("pollLast", 0, c -> c.result(removeAt(c, false, false))),
                Method.changes("remove", 1, c -> {
                    List<Object> items = new ArrayList<>(elements(c).items());
                    c.result(items.remove(c.arg(0)));
                    c.set(elements(c).with(items));
                }),
                Method.changes("clear", 0, c -> c.set(elements(c).with(List.of()))),
                Method.looks("peek", 0, c -> c.result(peek(c, true, false))),
                Method.looks("peekFirst", 0, c -> c.result(peek(c, true, false))),
                Method.looks("peekLast", 0, c -> c.result(peek(c, false, false))),
                Method.looks("element", 0, c -> c.result(peek(c, true, true))),
                Method.looks("getFirst", 0, c -> c.result(peek(c, true, true))),
                Method.looks("getLast", 0, c -> c.result(peek(c, false, true))),
                Method.looks("isEmpty", 0, c -> c.result(elements(c).items().isEmpty())),
                Method.looks("size", 0, c -> c.result(elements(c).items().size())),
                Method.looks("contains", 1, c -> c.result(elements(c).items().contains(c.arg(0))))));
        if (blocking) {
            methods.add(Method.steps("put", 1, Phase.waiting("", c -> elements(c).items().size() >= elements(c).capacity()
                    ? Optional.of("waits in " + c.field + ".put(): the queue is full") : Optional.empty(),
                    c -> addLast(c, true))));
            methods.add(Method.steps("take", 0, Phase.waiting("", c -> elements(c).items().isEmpty()
                    ? Optional.of("waits in " + c.field + ".take(): the queue is empty") : Optional.empty(),
                    c -> c.result(removeAt(c, true, true)))));
            methods.add(Method.looks("remainingCapacity", 0, c -> c.result(elements(c).capacity() - elements(c).items().size())));
        }
        return methods;
    }

    private static Elements elements(Call c) {
        return c.state();
    }

    private static Object element(Call c) {
        Object e = c.arg(0);
        if (e == null && !elements(c).nulls()) {
            throw c.fail("NullPointerException: " + c.field + " holds no null");
        }
        return e;
    }

    private static boolean addLast(Call c, boolean orThrow) {
        return insert(c, orThrow, false);
    }

    private static boolean addFirst(Call c, boolean orThrow) {
        return insert(c, orThrow, true);
    }

    private static boolean insert(Call c, boolean orThrow, boolean first) {
        Object e = element(c);
        Elements q = elements(c);
        if (q.items().size() >= q.capacity()) {
            if (orThrow) {
                throw c.fail("IllegalStateException: Queue full");
            }
            return false;
        }
        List<Object> items = new ArrayList<>(q.items());
        items.add(first ? 0 : items.size(), e);
        c.set(q.with(items));
        return true;
    }

    private static Object removeAt(Call c, boolean first, boolean orThrow) {
        Elements q = elements(c);
        if (q.items().isEmpty()) {
            if (orThrow) {
                throw c.fail("NoSuchElementException: " + c.field + " is empty");
            }
            return null;
        }
        List<Object> items = new ArrayList<>(q.items());
        Object e = items.remove(first ? 0 : items.size() - 1);
        c.set(q.with(items));
        return e;
    }

    private static Object peek(Call c, boolean first, boolean orThrow) {
        List<Object> items = elements(c).items();
        if (items.isEmpty()) {
            if (orThrow) {
                throw c.fail("NoSuchElementException: " + c.field + " is empty");
            }
            return null;
        }
        return items.get(first ? 0 : items.size() - 1);
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        return ((Elements) state).items().stream().map(GameScreen::show).toList().toString();
    }
}
