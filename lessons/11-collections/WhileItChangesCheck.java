package concur.lessons.collections;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ConcurrentHashMap's iteration is weakly consistent: it saw every key that was in when it began (only keys were
 * added), and no more than had been added by its end (one more at most: a put that landed before its count did).
 * What the HashMap's iteration did is measured: a ConcurrentModificationException is a best-effort check.
 */
public class WhileItChangesCheck implements DemoCheck {
    private static final Pattern CONCURRENT = Pattern.compile(
            "^ConcurrentHashMap: iterated while keys ([\\d,]+) to ([\\d,]+) went in; it saw ([\\d,]+)$");
    private static final Pattern SIZE = Pattern.compile(
            "^ConcurrentHashMap: size\\(\\) said ([\\d,]+) as it began, ([\\d,]+) once the writer was done$");
    private static final Pattern PLAIN = Pattern.compile(
            "^HashMap: the iteration (threw ConcurrentModificationException|threw \\w+|ended after [\\d,]+ keys, with no exception)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        Matcher concurrent = null, plain = null, size = null;
        for (String text : run.textsOf("main")) {
            Matcher c = CONCURRENT.matcher(text), p = PLAIN.matcher(text), s = SIZE.matcher(text);
            if (c.matches()) {
                concurrent = c;
            } else if (s.matches()) {
                size = s;
            } else if (p.matches()) {
                plain = p;
            } else {
                verdict.fail("main printed a line the demo does not print: " + text);
            }
        }
        if (concurrent == null || plain == null || size == null) {
            verdict.fail("the demo did not report both iterations");
            return;
        }
        long before = Transcript.wholeNumber(concurrent.group(1)), after = Transcript.wholeNumber(concurrent.group(2));
        long seen = Transcript.wholeNumber(concurrent.group(3));
        verdict.require(before <= seen, "the iteration saw " + seen + " keys, fewer than the " + before + " in when it began");
        verdict.require(seen <= after + 1, "the iteration saw " + seen + " keys, more than the " + after + " added by its end");
        verdict.require(Transcript.wholeNumber(size.group(2)) == 200_000,
                "once the writer was done, size() must count its 200,000 keys, not " + size.group(2));
        verdict.measure("concurrent_keys_seen_added_meanwhile", seen - before);
        verdict.measure("hashmap_iteration_threw_cme", plain.group(1).contains("ConcurrentModification") ? 1 : 0);
    }
}
