package concur.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The interleavings to explore: fixed scenarios (calls before, calls on each thread at once, calls after) run against
 * the scenario class, each result compared with a sequential model of the contract that the learner's code never
 * touches.
 */
public final class ModelCheck {
    final Class<?> model;
    final List<Scenario> scenarios = new ArrayList<>();
    int invocations = 1000;

    private ModelCheck(Class<?> model) {
        this.model = model;
    }

    /** @param model a class with the same operations, written straight from the contract, run one call at a time */
    public static ModelCheck against(Class<?> model) {
        return new ModelCheck(model);
    }

    public ModelCheck scenario(Scenario scenario) {
        scenarios.add(scenario);
        return this;
    }

    /** At most this many interleavings per scenario: past it, the search is bounded, and said so. */
    public ModelCheck invocations(int limit) {
        invocations = limit;
        return this;
    }

    public static Call call(String method, Object... args) {
        return new Call(method, List.of(args));
    }

    public static Scenario before(Call... calls) {
        return new Scenario().before(calls);
    }

    public static Scenario threads() {
        return new Scenario();
    }

    /** One operation of the scenario class, by name, with its arguments. */
    public record Call(String method, List<Object> args) {}

    /** Calls made before the threads start, each thread's calls, and calls made after all have finished. */
    public static final class Scenario {
        final List<Call> before = new ArrayList<>();
        final List<List<Call>> threads = new ArrayList<>();
        final List<Call> after = new ArrayList<>();

        public Scenario before(Call... calls) {
            before.addAll(Arrays.asList(calls));
            return this;
        }

        public Scenario thread(Call... calls) {
            threads.add(List.of(calls));
            return this;
        }

        public Scenario after(Call... calls) {
            after.addAll(Arrays.asList(calls));
            return this;
        }
    }
}
