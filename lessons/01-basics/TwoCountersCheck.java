package concur.lessons.basics;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.stream.IntStream;

/** Both counters print every number once and in order; main's last line comes after both (join waited). */
public class TwoCountersCheck implements DemoCheck {
    private static final List<String> ZERO_TO_54 = IntStream.rangeClosed(0, 54).mapToObj(Integer::toString).toList();

    @Override
    public void verify(Transcript run, Verdict verdict) {
        for (String counter : List.of("counter-A", "counter-B")) {
            verdict.require(run.textsOf(counter).equals(ZERO_TO_54), counter + " did not print 0 to 54 once each, in order");
        }
        int done = run.indexOf(java.util.regex.Pattern.compile("both counters are done")).orElse(-1);
        verdict.require(run.printedBy(done, "main"), "main did not print its last line");
        for (String counter : List.of("counter-A", "counter-B")) {
            verdict.require(run.lastIndexOf(counter).orElse(Integer.MAX_VALUE) < done,
                    "main printed its last line before " + counter + " finished: join did not wait");
        }
        int switches = 0;
        var lines = run.lines().stream().filter(l -> l.thread().startsWith("counter-")).toList();
        for (int i = 1; i < lines.size(); i++) {
            switches += lines.get(i).thread().equals(lines.get(i - 1).thread()) ? 0 : 1;
        }
        verdict.measure("switches", switches);
    }
}
