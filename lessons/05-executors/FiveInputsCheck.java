package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each of the 5 tasks ran exactly once, on one of at most 3 pool workers; main got every result, in submission
 * order, each after its task had printed (get() waits); the failing task's exception came back wrapped.
 */
public class FiveInputsCheck implements DemoCheck {
    private static final Pattern SQUARE = Pattern.compile("^square\\((\\d+)\\) = (\\d+)$");
    private static final Pattern WORKER = Pattern.compile("^pool-\\d+-thread-\\d+$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int[] squaredAt = new int[6];
        java.util.Arrays.fill(squaredAt, -1);
        List<ThreadLine> lines = run.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SQUARE.matcher(lines.get(i).text());
            if (!m.matches()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            verdict.require(n >= 1 && n <= 5 && squaredAt[n] == -1, "square(" + n + ") ran more than once, or was never asked for");
            verdict.require(Integer.parseInt(m.group(2)) == n * n, "square(" + n + ") printed a wrong value");
            verdict.require(WORKER.matcher(lines.get(i).thread()).matches(), "square(" + n + ") did not run on a pool worker");
            if (n >= 1 && n <= 5) {
                squaredAt[n] = i;
            }
        }
        long workers = run.threads().stream().filter(t -> WORKER.matcher(t).matches()).count();
        verdict.require(workers <= 3, workers + " pool workers printed, from a pool of 3");
        verdict.measure("workers-used", workers);

        List<String> expected = List.of("submitted 5 tasks", "future 1 gave 1", "future 2 gave 4", "future 3 gave 9",
                "future 4 gave 16", "future 5 gave 25", "get() threw ExecutionException",
                "cause: java.lang.ArithmeticException: / by zero", "pool closed");
        verdict.require(run.textsOf("main").equals(expected),
                "main did not print the five results in submission order, then the wrapped exception, then pool closed");
        for (int n = 1; n <= 5; n++) {
            int got = run.indexOf(Pattern.compile("^future " + n + " gave ")).orElse(-1);
            verdict.require(squaredAt[n] >= 0 && squaredAt[n] < got,
                    "future " + n + " gave its result before square(" + n + ") had run: get() did not wait");
        }
        verdict.require(run.lastIndexOf("main").orElse(-1) == lines.size() - 1, "pool closed was not the last line");
    }
}
