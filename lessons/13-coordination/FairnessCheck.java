package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * Under either lock the three threads' turns add up to exactly 150 (the lock lost none); how unevenly they were
 * shared depends on the machine and is measured: the longest run of turns one thread took in a row.
 */
public class FairnessCheck implements DemoCheck {
    private static final Pattern UNFAIR = Pattern.compile("^unfair lock: turns (\\d+), (\\d+), (\\d+); the longest run of turns by one thread: (\\d+)$");
    private static final Pattern FAIR = Pattern.compile("^fair lock: turns (\\d+), (\\d+), (\\d+); the longest run of turns by one thread: (\\d+)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        check(run, verdict, UNFAIR, "unfair");
        check(run, verdict, FAIR, "fair");
    }

    private static void check(Transcript run, Verdict verdict, Pattern pattern, String kind) {
        int at = run.indexOf(pattern).orElse(-1);
        verdict.require(run.printedBy(at, "main"), "main did not report the " + kind + " lock's turns");
        if (at < 0) {
            return;
        }
        var m = pattern.matcher(run.lines().get(at).text());
        if (!m.matches()) {
            return;
        }
        int sum = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3));
        verdict.require(sum == 150, "the " + kind + " lock's turns add up to " + sum + ", not 150");
        verdict.measure(kind + "_longest_run", Integer.parseInt(m.group(4)));
    }
}
