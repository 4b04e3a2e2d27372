package concur.lessons.memorymodel;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Both litmus demos count every pair once: the four outcomes add up to the pairs the header announces, and only
 * main prints. Which outcomes appear is graded by the lesson's outcome rules: with volatile fields "0, 0" is wrong
 * (the JVM must forbid it); with plain fields it is allowed, and its share is this CPU's and JIT's, measured.
 */
public class StoreBufferingCheck implements DemoCheck {
    static final Pattern HEADER = Pattern.compile("^(plain|volatile) fields: ([\\d,]+) pairs, ([\\d,]+) rounds of ([\\d,]+)$");
    static final Pattern OUTCOME = Pattern.compile("^r1, r2 = ([01]), ([01]): ([\\d,]+) pairs?$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        verdict.require(run.threads().stream().allMatch(t -> t.equals("main") || t.equals("(jvm)")),
                "only main should print, but " + run.threads() + " did");
        Matcher header = main.isEmpty() ? null : HEADER.matcher(main.get(0));
        if (header == null || !header.matches()) {
            verdict.fail("the demo did not print its header line first");
            return;
        }
        long pairs = Transcript.wholeNumber(header.group(2));
        verdict.require(pairs == Transcript.wholeNumber(header.group(3)) * Transcript.wholeNumber(header.group(4)),
                "the header's pairs are not its rounds times its pairs a round");
        long counted = 0, both = -1;
        int outcomes = 0;
        for (String text : main.subList(1, main.size())) {
            Matcher m = OUTCOME.matcher(text);
            if (!m.matches()) {
                verdict.fail("not an outcome line: " + text);
                continue;
            }
            outcomes++;
            long n = Transcript.wholeNumber(m.group(3));
            counted += n;
            if (m.group(1).equals("0") && m.group(2).equals("0")) {
                both = n;
            }
        }
        verdict.require(outcomes == 4 && both >= 0, "expected a line for each of the 4 outcomes, got " + outcomes);
        verdict.require(counted == pairs, "the outcomes add up to " + counted + " pairs, not the " + pairs + " run");
        verdict.require(run.lines().stream().anyMatch(l -> l.text().equals("the JVM exited, exit code 0")),
                "the demo's JVM did not exit cleanly");
        if (header.group(1).equals("volatile")) {
            verdict.require(both == 0, both + " pairs with volatile fields ended 0, 0: the memory model forbids it");
        }
        if (pairs > 0 && both >= 0) {
            verdict.measure(header.group(1) + "_both_zero_pairs", both);
        }
    }
}
