package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/** Every read used, validated or taken under the read lock, saw x == y; how many validated is measured. */
public class OptimisticReadCheck implements DemoCheck {
    private static final Pattern OPTIMISTIC = Pattern.compile("^reads validated without a lock: (\\d+)$");
    private static final Pattern FELL_BACK = Pattern.compile("^reads that fell back to the read lock: (\\d+)$");
    private static final Pattern BROKEN = Pattern.compile("^reads that saw x != y: (\\d+)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        double optimistic = run.number(OPTIMISTIC).orElse(-1.0);
        double fellBack = run.number(FELL_BACK).orElse(-1.0);
        double broken = run.number(BROKEN).orElse(-1.0);
        verdict.require(optimistic >= 0 && fellBack >= 0, "main did not count its reads");
        verdict.require(broken == 0, "a validated read saw x != y: " + (long) broken + " times");
        verdict.measure("optimistic_reads", optimistic);
        verdict.measure("fallback_reads", fellBack);
    }
}
