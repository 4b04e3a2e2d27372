package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * Every round, all three workers arrived before the barrier action ran, and the action ran before anyone began the
 * next round; the latch, once open, stayed open.
 */
public class BarrierRoundsCheck implements DemoCheck {
    private static final Pattern DONE_HERE = Pattern.compile("^round (\\d) done here$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        for (int r = 1; r <= 3; r++) {
            int complete = run.indexOf(Pattern.compile("^round " + r + " complete$")).orElse(-1);
            verdict.require(complete >= 0, "the barrier action did not run for round " + r);
            if (complete < 0) {
                continue;
            }
            int arrived = 0;
            for (int i = 0; i < run.lines().size(); i++) {
                var m = DONE_HERE.matcher(run.lines().get(i).text());
                if (m.matches()) {
                    int round = Integer.parseInt(m.group(1));
                    verdict.require(round != r || i < complete, "a worker finished round " + r + " after its barrier action");
                    verdict.require(round != r + 1 || i > complete, "a worker began round " + (r + 1) + " before round " + r + " was complete");
                    arrived += round == r && i < complete ? 1 : 0;
                }
            }
            verdict.require(arrived == 3, "round " + r + " completed with " + arrived + " workers arrived, not 3");
            verdict.require(run.lines().get(complete).thread().startsWith("worker-"), "the barrier action did not run on a worker");
        }
        for (int w = 1; w <= 3; w++) {
            verdict.require(run.textsOf("worker-" + w).stream().filter(t -> DONE_HERE.matcher(t).matches()).count() == 3,
                    "worker-" + w + " did not do three rounds");
        }
        verdict.require(run.textsOf("main").contains("the latch opened; its count is 0")
                && run.textsOf("main").contains("a second round on the latch: await returned true at once, count 0"),
                "the latch did not stay open at zero: " + run.textsOf("main"));
    }
}
