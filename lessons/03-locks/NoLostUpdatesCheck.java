package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A locked or atomic counter is exact in every trial, on every machine: no update lost, ever. */
public class NoLostUpdatesCheck implements DemoCheck {
    static final Pattern HEADER = Pattern.compile("^(\\d+) threads x ([\\d,]+) increments, (\\d+) trials, (\\d+) ms a trial$");
    static final Pattern SUMMARY = Pattern.compile("^lost updates in (\\d+) of (\\d+) trials \\(lowest ([\\d,]+)\\)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        Matcher header = first(run, HEADER), summary = first(run, SUMMARY);
        if (header == null || summary == null) {
            verdict.fail("the demo did not print its header and summary lines");
            return;
        }
        long expected = Long.parseLong(header.group(1)) * parse(header.group(2));
        verdict.require(header.group(3).equals(summary.group(2)) && parse(summary.group(2)) >= 5,
                "the trial counts in the header and the summary disagree, or are under 5");
        verdict.require(summary.group(1).equals("0"), "updates were lost in " + summary.group(1) + " trials");
        verdict.require(parse(summary.group(3)) == expected,
                "the lowest count was " + summary.group(3) + ", not " + expected);
    }

    static Matcher first(Transcript run, Pattern pattern) {
        for (String text : run.textsOf("main")) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    static long parse(String number) {
        return Long.parseLong(number.replace(",", ""));
    }
}
