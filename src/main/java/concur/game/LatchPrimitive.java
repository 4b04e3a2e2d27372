package concur.game;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code CountDownLatch(n)}: {@code await} waits until {@code countDown} has been called n times; it never resets. */
final class LatchPrimitive implements Primitive {
    @Override
    public Set<String> created() {
        return Set.of("CountDownLatch");
    }

    @Override
    public Object start(Init init) {
        if (init.arguments().size() != 1) {
            throw init.error("a latch starts as new CountDownLatch(count)");
        }
        return init.intArgument(0, 0, "the latch's count");
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.changes("countDown", 0, c -> c.set(Math.max(0, c.<Integer>state() - 1))),
                Method.steps("await", 0, Phase.waiting("", LatchPrimitive::waits, c -> { })),
                Method.steps("await", 2, Phase.timed("", LatchPrimitive::waits, c -> c.result(true), c -> c.result(false))),
                Method.looks("getCount", 0, c -> c.result(c.state())));
    }

    private static Optional<String> waits(Call c) {
        int count = c.state();
        return count > 0 ? Optional.of("waits in " + c.field + ".await() until the count is 0 (it is " + count + ")")
                : Optional.empty();
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        return "count " + state;
    }
}
