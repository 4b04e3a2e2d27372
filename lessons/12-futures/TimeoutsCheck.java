package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * orTimeout failed the future with a TimeoutException and completeOnTimeout gave the fallback, each before its slow
 * supplier answered; neither stopped the supplier, which went on to answer. The waits are measured, not graded.
 */
public class TimeoutsCheck implements DemoCheck {
    private static final Pattern FAILED = Pattern.compile("^orTimeout: TimeoutException after (\\d+) ms$");
    private static final Pattern FALLBACK = Pattern.compile("^completeOnTimeout: the list price after (\\d+) ms$");
    private static final Pattern ACME = Pattern.compile("^acme answered at last, after the caller had moved on$");
    private static final Pattern GLOBEX = Pattern.compile("^globex answered at last, after the caller had moved on$");
    private static final Pattern DONE = Pattern.compile("^both suppliers done$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int failed = run.indexOf(FAILED).orElse(-1);
        int fallback = run.indexOf(FALLBACK).orElse(-1);
        int acme = run.indexOf(ACME).orElse(-1);
        int globex = run.indexOf(GLOBEX).orElse(-1);
        int done = run.indexOf(DONE).orElse(-1);
        verdict.require(run.printedBy(failed, "main"), "orTimeout did not fail the join with a TimeoutException");
        verdict.require(run.printedBy(fallback, "main"), "completeOnTimeout did not give the fallback");
        verdict.require(acme >= 0 && globex >= 0, "a slow supplier never answered: a timeout does not stop it");
        verdict.require(run.printedBy(done, "main"), "main did not finish");
        if (failed < 0 || fallback < 0 || acme < 0 || globex < 0 || done < 0) {
            return;
        }
        verdict.require(run.lines().get(acme).thread().startsWith("supplier-"), "acme's supplier did not run on the pool");
        verdict.require(failed < acme && fallback < globex, "a supplier answered before its timeout fired");
        verdict.require(acme < done && globex < done, "close() returned before the suppliers finished");
        verdict.measure("or_timeout_ms", run.number(FAILED).orElse(-1.0));
        verdict.measure("complete_on_timeout_ms", run.number(FALLBACK).orElse(-1.0));
    }
}
