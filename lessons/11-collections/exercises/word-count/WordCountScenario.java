import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import java.util.HashMap;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: once every thread has finished, count(w) is the number of add(w) calls; a count(w) made while
 * others add gives a number some one-at-a-time order of the calls gives (never falling, never above the adds); and
 * nothing races (a plain HashMap read or changed by two threads with nothing ordering them is a data race).
 */
public class WordCountScenario extends ExerciseScenario {
    private final WordCount words = new WordCount();

    @Operation
    public void add(String word) {
        words.add(word);
    }

    @Operation
    public int count(String word) {
        return words.count(word);
    }

    /** The contract, one call at a time. */
    public static class Model {
        private final Map<String, Integer> counts = new HashMap<>();

        public void add(String word) {
            counts.merge(word, 1, Integer::sum);
        }

        public int count(String word) {
            return counts.getOrDefault(word, 0);
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("add", "lock")).thread(call("add", "lock"))
                        .after(call("count", "lock")))
                .scenario(ModelCheck.threads().thread(call("add", "lock"), call("count", "lock"))
                        .thread(call("add", "queue"), call("add", "lock")).after(call("count", "lock")));
    }

    /** Three threads add 6,000 words each, of four kinds; a fourth counts one of them as they go. */
    public static Stress stress() {
        return trials(6_000, 2_000);
    }

    /**
     * The same, smaller, for the race detector: every call on the map is an edge it follows, and a trial as big as
     * the stress run's can outlast its time budget on a busy machine.
     */
    public static Stress race() {
        return trials(200, 100);
    }

    private static Stress trials(int perThread, int reads) {
        String[] kinds = {"lock", "queue", "latch", "future"};
        int threads = 4, adders = threads - 1;
        return Stress.of(threads, 30, trial -> new Stress.Trial() {
            final WordCount words = new WordCount();
            volatile String wrong;

            @Override
            public void thread(int index) {
                if (index < adders) {
                    for (int i = 0; i < perThread; i++) {
                        words.add(kinds[(i + index) % kinds.length]);
                    }
                    return;
                }
                int last = 0, most = adders * perThread / kinds.length;
                for (int i = 0; i < reads && wrong == null; i++) {
                    int now = words.count("lock");
                    if (now < last || now > most) {
                        wrong = "count(\"lock\") gave " + now + " while the threads added, after it had given " + last;
                    }
                    last = Math.max(last, now);
                }
            }

            @Override
            public void check() {
                if (wrong != null) {
                    throw new AssertionError(wrong);
                }
                for (String kind : kinds) {
                    int expected = adders * perThread / kinds.length, got = words.count(kind);
                    if (got != expected) {
                        throw new AssertionError(adders + " threads added \"" + kind + "\" " + expected
                                + " times in all, and count gave " + got);
                    }
                }
            }
        });
    }
}
