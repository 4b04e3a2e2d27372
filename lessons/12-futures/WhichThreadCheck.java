package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * Each stage ran where the rules put it: on the caller when the future was already complete, on the completing
 * thread when it was registered before, on a kitchen thread when it was Async with the kitchen as executor.
 */
public class WhichThreadCheck implements DemoCheck {
    private static final Pattern COMPLETED = Pattern.compile("^thenApply on a completed future: soup ran here$");
    private static final Pattern EARLY = Pattern.compile("^thenApply registered early: plating stew ran here$");
    private static final Pattern ASYNC = Pattern.compile("^thenApplyAsync: serving stew ran here$");
    private static final Pattern COMPLETING = Pattern.compile("^completing the order$");
    private static final Pattern RESULTS = Pattern.compile("^results: plated stew, served stew$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int completed = run.indexOf(COMPLETED).orElse(-1);
        int early = run.indexOf(EARLY).orElse(-1);
        int async = run.indexOf(ASYNC).orElse(-1);
        int completing = run.indexOf(COMPLETING).orElse(-1);
        int results = run.indexOf(RESULTS).orElse(-1);
        verdict.require(run.printedBy(completed, "main"), "thenApply on a completed future did not run on main, the caller");
        verdict.require(run.printedBy(early, "waiter"), "thenApply registered before completion did not run on waiter, the completing thread");
        verdict.require(async >= 0 && run.lines().get(async).thread().startsWith("kitchen-"),
                "thenApplyAsync did not run on a kitchen thread");
        verdict.require(run.printedBy(results, "main"), "main did not print both results");
        if (early >= 0 && async >= 0 && completing >= 0 && results >= 0) {
            verdict.require(completing < early && completing < async, "a stage ran before the order was completed");
            verdict.require(early < results && async < results, "main printed a result before its stage ran");
        }
    }
}
