package concur.lessons.collections;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Both ways are tried in every trial, each line agrees with its own numbers, and no way counts more words than
 * there were. Whether get-then-put lost counts is measured (the outcome chart's surprising rate); merge losing one is
 * graded wrong by the chart's rules, which fails the check.
 */
public class WordCountCheck implements DemoCheck {
    private static final Pattern LINE = Pattern.compile(
            "^trial (\\d+): (get-then-put|merge) (exact|lost some) \\(([\\d,]+) of ([\\d,]+) words\\)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int lines = 0;
        for (String text : run.textsOf("main")) {
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                verdict.fail("main printed a line the demo does not print: " + text);
                continue;
            }
            lines++;
            long counted = Transcript.wholeNumber(m.group(4)), words = Transcript.wholeNumber(m.group(5));
            verdict.require(Integer.parseInt(m.group(1)) == (lines + 1) / 2, "trial " + m.group(1) + " came out of order");
            verdict.require(m.group(2).equals(lines % 2 == 1 ? "get-then-put" : "merge"),
                    "each trial tries get-then-put, then merge");
            verdict.require(counted <= words, m.group(2) + " counted " + counted + " words, more than the " + words);
            verdict.require(m.group(3).equals(counted == words ? "exact" : "lost some"),
                    "a line says " + m.group(3) + " for " + counted + " of " + words);
        }
        verdict.require(lines == 10, "expected 5 trials of both ways, got " + lines + " lines");
    }
}
