package concur.lessons.collections;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each HashMap trial is reported in order with at most the keys put (how many were lost is measured: it depends on
 * the machine), the summary agrees with the trial lines, and the ConcurrentHashMap kept every key in every trial.
 */
public class SharedHashMapCheck implements DemoCheck {
    private static final Pattern TRIAL = Pattern.compile("^HashMap, trial (\\d+): ([\\d,]+) of ([\\d,]+) keys$");
    private static final Pattern LOST = Pattern.compile("^HashMap: keys lost in (\\d+) of (\\d+) trials$");
    private static final Pattern CONCURRENT = Pattern.compile("^ConcurrentHashMap: every key in (\\d+) of (\\d+) trials$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        int trials = 0, shortTrials = 0;
        Matcher lost = null, concurrent = null;
        for (String text : main) {
            Matcher m = TRIAL.matcher(text);
            if (m.matches()) {
                trials++;
                long found = Transcript.wholeNumber(m.group(2)), put = Transcript.wholeNumber(m.group(3));
                verdict.require(Integer.parseInt(m.group(1)) == trials, "trial " + m.group(1) + " came out of order");
                verdict.require(found <= put, "trial " + trials + " found " + found + " keys, more than the " + put + " put");
                shortTrials += found < put ? 1 : 0;
            } else if (LOST.matcher(text).matches()) {
                lost = LOST.matcher(text);
                lost.matches();
            } else if (CONCURRENT.matcher(text).matches()) {
                concurrent = CONCURRENT.matcher(text);
                concurrent.matches();
            } else {
                verdict.fail("main printed a line the demo does not print: " + text);
            }
        }
        verdict.require(trials == 10, "expected 10 HashMap trials, got " + trials);
        verdict.require(lost != null && Integer.parseInt(lost.group(1)) == shortTrials,
                "the summary does not count the " + shortTrials + " HashMap trials that lost keys");
        verdict.require(concurrent != null && concurrent.group(1).equals(concurrent.group(2)),
                "the ConcurrentHashMap must keep every key in every trial"
                        + (concurrent == null ? "" : ", but did in " + concurrent.group(1) + " of " + concurrent.group(2)));
        long threw = run.lines().stream().filter(l -> l.text().startsWith("a put threw ")).count();
        verdict.measure("hashmap_puts_that_threw", threw);
    }
}
