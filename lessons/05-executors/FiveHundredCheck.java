package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** In each of the 5 pools, all 500 results were right and the three workers' counts add up to all 500 tasks. */
public class FiveHundredCheck implements DemoCheck {
    private static final Pattern ROW =
            Pattern.compile("^(tiny|1 ms) tasks\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<Matcher> rows = run.textsOf("main").stream().map(ROW::matcher).filter(Matcher::matches).toList();
        verdict.require(rows.size() == 5, "expected 5 rows (4 of tiny tasks, 1 of 1 ms tasks), got " + rows.size());
        int busiestTiny = 0;
        int busiestSlow = 0;
        int slowestTinyMillis = 0;
        int lopsidedTinyPools = 0; // pools where one worker ran at least 90% of the tasks
        for (Matcher row : rows) {
            int w1 = Integer.parseInt(row.group(2));
            int w2 = Integer.parseInt(row.group(3));
            int w3 = Integer.parseInt(row.group(4));
            int total = Integer.parseInt(row.group(5));
            verdict.require(total == 500, "a pool ran " + total + " tasks, not 500");
            verdict.require(w1 + w2 + w3 == total,
                    "worker-1, -2 and -3 ran " + (w1 + w2 + w3) + " tasks between them, not all " + total
                            + ": a task ran on a fourth thread");
            verdict.require(Integer.parseInt(row.group(6)) == 500, "a pool got a wrong result");
            int busiest = Math.max(w1, Math.max(w2, w3));
            int millis = Integer.parseInt(row.group(7));
            if (row.group(1).equals("tiny")) {
                busiestTiny = Math.max(busiestTiny, busiest);
                slowestTinyMillis = Math.max(slowestTinyMillis, millis);
                lopsidedTinyPools += busiest >= 450 ? 1 : 0;
            } else {
                busiestSlow = busiest;
                verdict.require(millis >= 167, "500 tasks of 1 ms on 3 workers took under 167 ms");
                verdict.measure("1ms-pool-ms", millis);
            }
        }
        verdict.require(run.threads().equals(List.of("main")), "only main should print");
        verdict.measure("tiny-busiest-worker-tasks", busiestTiny);
        verdict.measure("1ms-busiest-worker-tasks", busiestSlow);
        verdict.measure("tiny-pool-slowest-ms", slowestTinyMillis);
        verdict.measure("tiny-pools-lopsided-90pct", lopsidedTinyPools);
    }
}
