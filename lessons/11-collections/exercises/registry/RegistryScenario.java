import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: the maker runs at most once per key, and every get(key) returns the one value made for that key.
 * Each value made says how many had been made for its key ("alpha #1", "alpha #2"), so a second one shows in what
 * get() returns, and made(key) says how many were made (a value made and thrown away shows there).
 */
public class RegistryScenario extends ExerciseScenario {
    private final Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
    private final Registry<String> registry = new Registry<>(
            key -> key + " #" + made.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet());

    @Operation
    public String get(String key) {
        return registry.get(key);
    }

    @Operation
    public int made(String key) {
        AtomicInteger n = made.get(key);
        return n == null ? 0 : n.get();
    }

    /** The contract, one call at a time: the first get of a key makes its value, and it is the only one made. */
    public static class Model {
        private final java.util.Set<String> asked = new java.util.HashSet<>();

        public String get(String key) {
            asked.add(key);
            return key + " #1";
        }

        public int made(String key) {
            return asked.contains(key) ? 1 : 0;
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("get", "alpha")).thread(call("get", "alpha"))
                        .after(call("made", "alpha")));
    }

    /** Four threads ask for three keys at once, each in its own order; making a value takes a moment. */
    public static Stress stress() {
        String[] keys = {"alpha", "beta", "gamma"};
        int threads = 4;
        return Stress.of(threads, 100, trial -> new Stress.Trial() {
            final Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
            final Registry<String> registry = new Registry<>(key -> {
                long end = System.nanoTime() + 20_000; // as slow as opening a connection, nearly
                while (System.nanoTime() - end < 0) {
                    Thread.onSpinWait();
                }
                return key + " #" + made.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            });
            final String[][] got = new String[threads][keys.length];

            @Override
            public void thread(int index) {
                for (int i = 0; i < keys.length; i++) {
                    int k = (i + index) % keys.length;
                    got[index][k] = registry.get(keys[k]);
                }
            }

            @Override
            public void check() {
                for (String key : keys) {
                    int n = made.containsKey(key) ? made.get(key).get() : 0;
                    if (n != 1) {
                        throw new AssertionError(threads + " threads asked for \"" + key + "\" and its value was made "
                                + n + " times, expected once");
                    }
                }
                for (String[] row : got) {
                    for (int k = 0; k < keys.length; k++) {
                        if (!(keys[k] + " #1").equals(row[k])) {
                            throw new AssertionError("get(\"" + keys[k] + "\") returned " + row[k]
                                    + ", expected the one value made for it");
                        }
                    }
                }
            }
        });
    }
}
