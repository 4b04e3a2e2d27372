package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo named the JVM it ran on and the rule for that version (it runs in concur's own JVM, so the check knows
 * the version too), and every task completed both ways. How many slept at once is measured: on Java 21 to 23 the
 * synchronized tasks can sleep only one per carrier, but how many overlap on a busy machine is not promised.
 */
public class BlockingInSynchronizedCheck implements DemoCheck {
    private static final Pattern ROW = Pattern.compile(
            "^inside (synchronized|ReentrantLock):\\s+(\\d+) of 20 done in\\s+([\\d,]+) ms; at most (\\d+) asleep at once$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        Runtime.Version version = Runtime.version();
        verdict.require(!main.isEmpty() && main.get(0).equals("this JVM is Java " + version),
                "the demo did not name the JVM it ran on, " + version);
        String rule = version.feature() >= 24
                ? "Java 24 and later (JEP 491): blocking inside synchronized frees the carrier"
                : "Java 21 to 23: blocking inside synchronized pins the carrier";
        verdict.require(main.size() > 1 && main.get(1).equals(rule), "the demo did not state the rule for Java " + version.feature());
        List<Matcher> rows = main.stream().map(ROW::matcher).filter(Matcher::matches).toList();
        if (rows.size() != 2) {
            verdict.fail("expected a row for synchronized and one for ReentrantLock, got " + rows.size());
            return;
        }
        for (Matcher row : rows) {
            verdict.require(row.group(2).equals("20"), "inside " + row.group(1) + ": only " + row.group(2) + " of 20 tasks completed");
            int peak = Integer.parseInt(row.group(4));
            verdict.require(peak >= 1 && peak <= 20, "inside " + row.group(1) + ": an impossible " + peak + " asleep at once");
            // All 20 sleep 100 ms: no way finishes sooner.
            verdict.require(Transcript.wholeNumber(row.group(3)) >= 100, "inside " + row.group(1) + ": done before a 100 ms sleep");
            String name = row.group(1).equals("synchronized") ? "synchronized" : "reentrant_lock";
            verdict.measure(name + "_asleep_at_once", peak);
            verdict.measure(name + "_ms", Transcript.wholeNumber(row.group(3)));
        }
        verdict.measure("java_feature_version", version.feature());
    }
}
