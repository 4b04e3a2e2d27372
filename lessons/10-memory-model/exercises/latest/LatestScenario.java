import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: a reader sees each reading whole (the temperature published with its number, here a quarter of
 * it), never an older reading after a newer one, and, once the sensor's publish() of a reading has returned and the
 * reader knows it, that reading or a newer one; and nothing the reader reads races with the sensor's writes (a
 * data race: the memory model lets it see a reading before its fields, or an old one for ever).
 */
public class LatestScenario extends ExerciseScenario {
    private final Latest latest = new Latest();

    @Operation
    public void publish(int number) {
        latest.publish(number, number / 4.0);
    }

    @Operation
    public String read() {
        return describe(latest.latest());
    }

    static String describe(Latest.Reading reading) {
        return reading == null ? "none" : "reading " + reading.number() + " at " + reading.celsius() + " C";
    }

    /** The contract, one call at a time. */
    public static class Model {
        private int number;

        public void publish(int number) {
            this.number = number;
        }

        public String read() {
            return number == 0 ? "none" : "reading " + number + " at " + number / 4.0 + " C";
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("publish", 1), call("publish", 2))
                        .thread(call("read"), call("read")).after(call("read")));
    }

    /**
     * The sensor publishes readings 1 to 2,000; three readers read as it goes, then wait for word (on a field this
     * harness keeps to itself, which orders nothing the race detector sees) that the last is published, and read
     * once more. Each read is checked: whole, never older than the one before, and the last one the newest.
     */
    public static Stress stress() {
        return trials(2_000, 500);
    }

    /** The same, smaller, for the race detector, whose every watched step costs time on a busy machine. */
    public static Stress race() {
        return trials(300, 100);
    }

    private static Stress trials(int readings, int reads) {
        int threads = 4;
        return Stress.of(threads, 30, trial -> new Stress.Trial() {
            final Latest latest = new Latest();
            volatile boolean published;
            volatile String wrong;

            @Override
            public void thread(int index) {
                if (index == 0) {
                    for (int n = 1; n <= readings; n++) {
                        latest.publish(n, n / 4.0);
                    }
                    published = true;
                    return;
                }
                int last = 0;
                for (int i = 0; i < reads && wrong == null; i++) {
                    last = check(latest.latest(), last);
                }
                while (!published) {
                    Thread.onSpinWait();
                }
                int seen = check(latest.latest(), last);
                if (seen != readings && wrong == null) {
                    wrong = "once publish(" + readings + ", ...) had returned, latest() gave "
                            + (seen == 0 ? "null" : "reading " + seen);
                }
            }

            private int check(Latest.Reading reading, int last) {
                if (reading == null) {
                    if (last != 0 && wrong == null) {
                        wrong = "latest() gave null after it had given reading " + last;
                    }
                    return last;
                }
                int number = reading.number();
                double celsius = reading.celsius();
                if (celsius != number / 4.0 && wrong == null) {
                    wrong = "latest() gave reading " + number + " at " + celsius + " C, but it was published at "
                            + number / 4.0 + " C: a reading seen half made";
                } else if (number < last && wrong == null) {
                    wrong = "latest() gave reading " + number + " after it had given reading " + last;
                }
                return Math.max(last, number);
            }

            @Override
            public void check() {
                if (wrong != null) {
                    throw new AssertionError(wrong);
                }
            }
        });
    }
}
