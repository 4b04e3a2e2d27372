package concur.game;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code Semaphore(n)}: a count of permits; {@code acquire} waits for one, {@code release} adds one (any thread may). */
final class SemaphorePrimitive implements Primitive {
    @Override
    public Set<String> created() {
        return Set.of("Semaphore");
    }

    @Override
    public Object start(Init init) {
        if (init.arguments().isEmpty() || init.arguments().size() > 2) {
            throw init.error("a Semaphore starts as new Semaphore(permits) or new Semaphore(permits, fair)");
        }
        return init.intArgument(0, 0, "the semaphore's permits");
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.steps("acquire", 0, Phase.waiting("", c -> waits(c, 1), c -> take(c, 1))),
                Method.steps("acquire", 1, Phase.waiting("", c -> waits(c, c.intArg(0)), c -> take(c, c.intArg(0)))),
                Method.changes("release", 0, c -> c.set(c.<Integer>state() + 1)),
                Method.changes("release", 1, c -> c.set(c.<Integer>state() + positive(c, c.intArg(0)))),
                Method.changes("tryAcquire", 0, c -> tryTake(c, 1)),
                Method.changes("tryAcquire", 1, c -> tryTake(c, c.intArg(0))),
                Method.steps("tryAcquire", 2, Phase.timed("", c -> waits(c, 1), c -> {
                    take(c, 1);
                    c.result(true);
                }, c -> c.result(false))),
                Method.looks("availablePermits", 0, c -> c.result(c.state())));
    }

    private static int positive(Call c, int n) {
        if (n < 0) {
            throw c.fail("IllegalArgumentException: " + n + " permits");
        }
        return n;
    }

    private static Optional<String> waits(Call c, int n) {
        int left = c.state();
        return left < n ? Optional.of("waits for " + (n == 1 ? "a permit" : n + " permits") + " of " + c.field + ": "
                + left + " left") : Optional.empty();
    }

    private static void take(Call c, int n) {
        c.set(c.<Integer>state() - positive(c, n));
    }

    private static void tryTake(Call c, int n) {
        boolean enough = c.<Integer>state() >= positive(c, n);
        if (enough) {
            take(c, n);
        }
        c.result(enough);
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        return state + (((Integer) state) == 1 ? " permit" : " permits");
    }
}
