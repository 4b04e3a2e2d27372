package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every task completed on every executor; the pool of 50 never used more than 50 threads nor ran more than 50 tasks
 * at once; the virtual-thread executor made one new thread per task. Times are measured, not asserted, save for
 * bounds no machine breaks: nothing beats the longest sleep (50 ms), or 10 waves of 30 ms for the pool.
 */
public class VirtualThreadsCheck implements DemoCheck {
    private static final Pattern ROW = Pattern.compile(
            "^(pool of 50|virtual)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+) ms\\s+([\\d,]+)\\s+([\\d,]+)$");

    record Row(String executor, int tasks, int done, int millis, int threads, int peak) {}

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<Row> rows = run.textsOf("main").stream().map(ROW::matcher).filter(Matcher::matches)
                .map(m -> new Row(m.group(1), n(m.group(2)), n(m.group(3)), n(m.group(4)), n(m.group(5)), n(m.group(6))))
                .toList();
        if (rows.size() != 3) {
            verdict.fail("expected 3 rows (pool of 50, virtual 500, virtual 10,000), got " + rows.size());
            return;
        }
        Row pool = rows.get(0);
        Row few = rows.get(1);
        Row many = rows.get(2);
        verdict.require(pool.executor().equals("pool of 50") && pool.tasks() == 500, "the first row is not the pool's 500 tasks");
        verdict.require(few.tasks() == 500 && many.tasks() == 10_000, "the virtual rows are not 500 and 10,000 tasks");
        for (Row row : rows) {
            verdict.require(row.done() == row.tasks(), row.executor() + ": " + row.done() + " of " + row.tasks() + " tasks completed");
            verdict.require(row.peak() >= 1 && row.peak() <= row.tasks(), row.executor() + ": impossible peak " + row.peak());
            verdict.require(row.millis() >= 50, row.executor() + ": finished in " + row.millis() + " ms, before its longest sleep");
        }
        verdict.require(pool.threads() <= 50 && pool.peak() <= 50, "the pool of 50 used more than 50 threads at once");
        verdict.require(pool.millis() >= 290, "the pool of 50 ran 500 tasks of 10 to 50 ms in under 10 waves of 29 ms");
        verdict.require(few.threads() == 500 && many.threads() == 10_000,
                "the virtual-thread executor did not make one new thread per task");
        verdict.require(many.millis() < 10_000, "10,000 virtual threads took over 10 s: something is badly wrong");
        verdict.measure("pool50-500-tasks-ms", pool.millis());
        verdict.measure("virtual-500-tasks-ms", few.millis());
        verdict.measure("virtual-10000-tasks-ms", many.millis());
        verdict.measure("virtual-10000-tasks", many.done());
        verdict.measure("virtual-10000-peak-asleep", many.peak());
        verdict.measure("pool50-estimate-over-virtual", 20.0 * pool.millis() / Math.max(1, many.millis()));
    }

    private static int n(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
