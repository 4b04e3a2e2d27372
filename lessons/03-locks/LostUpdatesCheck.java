package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The histogram accounts for every trial and agrees with the summary, and no trial counted more than was added.
 * Whether updates were lost depends on the machine, so that rate is measured, never required.
 */
public class LostUpdatesCheck implements DemoCheck {
    private static final Pattern ROW = Pattern.compile("^\\s*(exactly [\\d,]+|[\\d,]+\\.\\.[\\d,]+) \\| #* (\\d+)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        Matcher header = NoLostUpdatesCheck.first(run, NoLostUpdatesCheck.HEADER);
        Matcher summary = NoLostUpdatesCheck.first(run, NoLostUpdatesCheck.SUMMARY);
        if (header == null || summary == null) {
            verdict.fail("the demo did not print its header and summary lines");
            return;
        }
        long expected = Long.parseLong(header.group(1)) * NoLostUpdatesCheck.parse(header.group(2));
        int lost = Integer.parseInt(summary.group(1));
        int trials = Integer.parseInt(summary.group(2));
        long lowest = NoLostUpdatesCheck.parse(summary.group(3));
        int rows = 0, exact = 0;
        for (String text : run.textsOf("main")) {
            Matcher row = ROW.matcher(text);
            if (row.matches()) {
                rows += Integer.parseInt(row.group(2));
                exact += row.group(1).startsWith("exactly") ? Integer.parseInt(row.group(2)) : 0;
            }
        }
        verdict.require(trials >= 20 && header.group(3).equals(summary.group(2)),
                "expected at least 20 trials, and the same number in the header and the summary");
        verdict.require(rows == trials, "the histogram shows " + rows + " trials, not " + trials);
        verdict.require(exact == trials - lost, "the histogram's exact row does not match the summary");
        verdict.require(lowest <= expected && (lost == 0) == (lowest == expected),
                "the lowest count " + lowest + " does not fit " + lost + " trials with lost updates");
        verdict.measure("race_observed_rate", (double) lost / trials);
        verdict.measure("race_lowest_fraction", (double) lowest / expected);
        verdict.measure("race_ms_per_trial", Double.parseDouble(header.group(4)));
    }
}
