package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every trial printed its count, the counts agree with the summary, and no trial counted more than was added.
 * Whether updates were lost depends on the machine, so that rate is measured, never required.
 */
public class LostUpdatesCheck implements DemoCheck {
    private static final Pattern TRIAL = Pattern.compile("^trial +(\\d+) ended at ([\\d,]+) \\((-?[\\d,]+) lost\\)$");

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
        int seen = 0, shortTrials = 0;
        long least = expected;
        for (String text : run.textsOf("main")) {
            Matcher trial = TRIAL.matcher(text);
            if (trial.matches()) {
                seen++;
                long count = NoLostUpdatesCheck.parse(trial.group(2));
                verdict.require(Integer.parseInt(trial.group(1)) == seen, "trial " + trial.group(1) + " came out of order");
                verdict.require(count <= expected, "trial " + seen + " counted " + count + ", more than the " + expected + " added");
                verdict.require(count + NoLostUpdatesCheck.parse(trial.group(3)) == expected,
                        "trial " + seen + ": the count and the number lost do not add up to " + expected);
                shortTrials += count < expected ? 1 : 0;
                least = Math.min(least, count);
            }
        }
        verdict.require(trials >= 20 && header.group(3).equals(summary.group(2)),
                "expected at least 20 trials, and the same number in the header and the summary");
        verdict.require(seen == trials, seen + " trials printed their count, not " + trials);
        verdict.require(shortTrials == lost, "the trial lines show " + shortTrials + " trials with lost updates, the summary " + lost);
        verdict.require(least == lowest, "the lowest trial count is " + least + ", the summary says " + lowest);
        verdict.measure("race_observed_rate", (double) lost / trials);
        verdict.measure("race_lowest_fraction", (double) lowest / expected);
        verdict.measure("race_ms_per_trial", Double.parseDouble(header.group(4)));
    }
}
