package concur.game;

import java.util.List;
import java.util.Optional;

/** Every primitive the levels' Java knows. A new one is one class, added here. */
final class Primitives {
    static final List<Primitive> ALL = List.of(
            new LockPrimitive(), new ReadWriteLockPrimitive(), new SemaphorePrimitive(), new LatchPrimitive(),
            new BarrierPrimitive(), new AtomicPrimitive(), new QueuePrimitive(true), new QueuePrimitive(false),
            new MapPrimitive(), new ThreadLocalPrimitive());

    private Primitives() {}

    /** The primitive that {@code new type(...)} makes. */
    static Optional<Primitive> made(String type) {
        return ALL.stream().filter(p -> p.created().contains(type)).findFirst();
    }
}
