package concur.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code ReentrantReadWriteLock}: many readers or one writer. Its {@code readLock()} and {@code writeLock()} are
 * called through ({@code rw.readLock().lock()}) or kept in fields ({@code Lock r = rw.readLock();}). A thread that
 * holds the read lock waits for ever for the write lock, as in Java: a read lock cannot be upgraded.
 */
final class ReadWriteLockPrimitive implements Primitive {
    /** The writer (-1: none) and its holds, and each reader's holds by thread. */
    record Holds(int writer, int writes, TreeMap<Integer, Integer> readers) {
        Holds readers(TreeMap<Integer, Integer> changed) {
            return new Holds(writer, writes, changed);
        }

        @Override
        public String toString() {
            return "w" + writer + "x" + writes + "r" + readers;
        }
    }

    @Override
    public Set<String> created() {
        return Set.of("ReentrantReadWriteLock");
    }

    @Override
    public Object start(Init init) {
        if (init.arguments().size() > 1) {
            throw init.error("new ReentrantReadWriteLock() takes no argument, or one: fair");
        }
        return new Holds(-1, 0, new TreeMap<>());
    }

    @Override
    public Optional<Derived> derive(String method, String owner) {
        return method.equals("readLock") || method.equals("writeLock")
                ? Optional.of(new Derived(this, null, method + "()."))
                : Optional.empty();
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.steps("readLock().lock", 0, Phase.waiting("", ReadWriteLockPrimitive::readWaits, ReadWriteLockPrimitive::read)),
                Method.changes("readLock().unlock", 0, c -> {
                    Holds h = c.state();
                    TreeMap<Integer, Integer> readers = new TreeMap<>(h.readers());
                    Integer mine = readers.get(c.t);
                    if (mine == null) {
                        throw c.fail("IllegalMonitorStateException: " + c.letter(c.t) + " does not hold " + c.field
                                + "'s read lock");
                    }
                    if (mine == 1) {
                        readers.remove(c.t);
                    } else {
                        readers.put(c.t, mine - 1);
                    }
                    c.set(h.readers(readers));
                }),
                Method.changes("readLock().tryLock", 0, c -> {
                    boolean free = readWaits(c).isEmpty();
                    if (free) {
                        read(c);
                    }
                    c.result(free);
                }),
                Method.steps("writeLock().lock", 0, Phase.waiting("", ReadWriteLockPrimitive::writeWaits, ReadWriteLockPrimitive::write)),
                Method.changes("writeLock().unlock", 0, c -> {
                    Holds h = c.state();
                    if (h.writer() != c.t) {
                        throw c.fail("IllegalMonitorStateException: " + c.letter(c.t) + " does not hold " + c.field
                                + "'s write lock");
                    }
                    c.set(h.writes() == 1 ? new Holds(-1, 0, h.readers()) : new Holds(c.t, h.writes() - 1, h.readers()));
                }),
                Method.changes("writeLock().tryLock", 0, c -> {
                    boolean free = writeWaits(c).isEmpty();
                    if (free) {
                        write(c);
                    }
                    c.result(free);
                }),
                Method.looks("isWriteLocked", 0, c -> c.result(c.<Holds>state().writer() >= 0)),
                Method.looks("getReadLockCount", 0, c -> c.result(c.<Holds>state().readers().values().stream()
                        .mapToInt(Integer::intValue).sum())));
    }

    private static Optional<String> readWaits(Call c) {
        Holds h = c.state();
        return h.writer() >= 0 && h.writer() != c.t ? Optional.of("waits for " + c.field + "'s read lock: "
                + c.letter(h.writer()) + " holds the write lock") : Optional.empty();
    }

    private static void read(Call c) {
        Holds h = c.state();
        TreeMap<Integer, Integer> readers = new TreeMap<>(h.readers());
        readers.merge(c.t, 1, Integer::sum);
        c.set(h.readers(readers));
    }

    private static Optional<String> writeWaits(Call c) {
        Holds h = c.state();
        if (h.writer() >= 0 && h.writer() != c.t) {
            return Optional.of("waits for " + c.field + "'s write lock, held by " + c.letter(h.writer()));
        }
        if (!h.readers().isEmpty()) {
            List<String> readers = new ArrayList<>();
            h.readers().keySet().forEach(r -> readers.add(r == c.t ? c.letter(r) + " itself" : c.letter(r)));
            return Optional.of("waits for " + c.field + "'s write lock until no thread reads: read-held by "
                    + String.join(", ", readers) + (h.readers().containsKey(c.t) ? " (a read lock is never upgraded)" : ""));
        }
        return Optional.empty();
    }

    private static void write(Call c) {
        Holds h = c.state();
        c.set(new Holds(c.t, (h.writer() == c.t ? h.writes() : 0) + 1, h.readers()));
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        Holds h = (Holds) state;
        if (h.writer() >= 0) {
            return "write-held by " + letter.apply(h.writer());
        }
        return h.readers().isEmpty() ? "free" : "read-held by " + String.join(", ", h.readers().keySet().stream().map(letter).toList());
    }
}
