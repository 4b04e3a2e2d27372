import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: get(item) returns the item's price, the loader runs at most once per item, and get() never hangs.
 * Each load of an item gives a new value ("tea#1", then "tea#2"), so a second load shows in what get() returns.
 */
public class PriceCacheScenario extends ExerciseScenario {
    private final Map<String, AtomicInteger> loads = new ConcurrentHashMap<>();
    private final PriceCache cache = new PriceCache(item -> item + "#" + loads.computeIfAbsent(item, k -> new AtomicInteger()).incrementAndGet());

    @Operation
    public String get(String item) {
        return cache.get(item);
    }

    /** The contract, one call at a time: every get of an item gives its first load. */
    public static class Model {
        public String get(String item) {
            return item + "#1";
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("get", "tea")).thread(call("get", "tea")).after(call("get", "tea")))
                .scenario(ModelCheck.before(call("get", "cup")).thread(call("get", "cup"), call("get", "tea"))
                        .thread(call("get", "tea")));
    }

    public static Stress stress() {
        int threads = 4;
        List<String> items = List.of("tea", "cup", "pot", "jam", "bun");
        return Stress.of(threads, 40, trial -> new Stress.Trial() {
            final Map<String, AtomicInteger> loads = new ConcurrentHashMap<>();
            final PriceCache cache = new PriceCache(item -> {
                long end = System.nanoTime() + 20_000; // a load takes a moment: others arrive meanwhile
                while (System.nanoTime() - end < 0) {
                    Thread.onSpinWait();
                }
                return item + "#" + loads.computeIfAbsent(item, k -> new AtomicInteger()).incrementAndGet();
            });
            final String[] wrong = new String[threads];

            @Override
            public void thread(int index) {
                Random random = new Random(trial * 31L + index);
                for (int call = 0; call < 30; call++) {
                    String item = items.get(random.nextInt(items.size()));
                    String price = cache.get(item);
                    if (!(item + "#1").equals(price)) {
                        wrong[index] = "get(\"" + item + "\") returned " + price + ", not " + item + "#1";
                    }
                }
            }

            @Override
            public void check() {
                for (Map.Entry<String, AtomicInteger> e : loads.entrySet()) {
                    if (e.getValue().get() != 1) {
                        throw new AssertionError("the loader ran " + e.getValue().get() + " times for \"" + e.getKey()
                                + "\", expected once");
                    }
                }
                for (String w : wrong) {
                    if (w != null) {
                        throw new AssertionError(w);
                    }
                }
            }
        });
    }
}
