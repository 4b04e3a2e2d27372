package concur.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code CyclicBarrier(n)}: {@code await} is two steps, arriving and going on; the n-th arrival opens the barrier for
 * the waiting threads and starts a new round, so the barrier can be used again.
 */
final class BarrierPrimitive implements Primitive {
    /** The parties, who has arrived in this round, and how many rounds have opened. */
    record Round(int parties, List<Integer> arrived, int generation) {
        @Override
        public String toString() {
            return arrived + "/" + parties + "#" + generation;
        }
    }

    @Override
    public Set<String> created() {
        return Set.of("CyclicBarrier");
    }

    @Override
    public Object start(Init init) {
        if (init.arguments().size() != 1) {
            throw init.error("a barrier starts as new CyclicBarrier(parties)");
        }
        return new Round(init.intArgument(0, 1, "the barrier's parties"), List.of(), 0);
    }

    @Override
    public List<Method> methods() {
        return List.of(
                Method.steps("await", 0, Phase.of("arrive", BarrierPrimitive::arrive), Phase.waiting("go on", c -> {
                    Round r = c.state();
                    return r.generation() == (Integer) c.memo() ? Optional.of("waits at " + c.field + ".await(): "
                            + r.arrived().size() + " of " + r.parties() + " have arrived") : Optional.empty();
                }, c -> { })),
                Method.looks("getNumberWaiting", 0, c -> c.result(c.<Round>state().arrived().size())),
                Method.looks("getParties", 0, c -> c.result(c.<Round>state().parties())));
    }

    private static void arrive(Call c) {
        Round r = c.state();
        List<Integer> arrived = new ArrayList<>(r.arrived());
        arrived.add(c.t);
        c.memo(r.generation());
        c.result(r.parties() - arrived.size()); // await() returns the arrival index: parties - 1 for the first
        c.set(arrived.size() == r.parties() ? new Round(r.parties(), List.of(), r.generation() + 1)
                : new Round(r.parties(), List.copyOf(arrived), r.generation()));
    }

    @Override
    public String show(Object state, Function<Integer, String> letter) {
        Round r = (Round) state;
        return r.arrived().size() + " of " + r.parties() + " arrived"
                + (r.arrived().isEmpty() ? "" : " (" + String.join(", ", r.arrived().stream().map(letter).toList()) + ")");
    }
}
