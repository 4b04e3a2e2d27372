package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * Cancelling the CompletableFuture completed it at once but left its task running to the end; cancelling the
 * executor's Future interrupted its task.
 */
public class CancelDoesNotInterruptCheck implements DemoCheck {
    private static final Pattern CF_CANCEL = Pattern.compile("^CompletableFuture.cancel\\(true\\) returned true$");
    private static final Pattern CF_JOIN = Pattern.compile("^join\\(\\) threw CancellationException at once; isCancelled\\(\\) is true$");
    private static final Pattern CF_TASK = Pattern.compile("^supplyAsync task: not interrupted, finished its work$");
    private static final Pattern FT_CANCEL = Pattern.compile("^FutureTask.cancel\\(true\\) returned true$");
    private static final Pattern FT_TASK = Pattern.compile("^submitted task: interrupted while working, stopping$");
    private static final Pattern ENDED = Pattern.compile("^both tasks have ended$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int cfCancel = run.indexOf(CF_CANCEL).orElse(-1);
        int cfJoin = run.indexOf(CF_JOIN).orElse(-1);
        int cfTask = run.indexOf(CF_TASK).orElse(-1);
        int ftCancel = run.indexOf(FT_CANCEL).orElse(-1);
        int ftTask = run.indexOf(FT_TASK).orElse(-1);
        int ended = run.indexOf(ENDED).orElse(-1);
        verdict.require(run.printedBy(cfCancel, "main"), "cancel(true) on the CompletableFuture did not return true");
        verdict.require(run.printedBy(cfJoin, "main"), "join() on the cancelled future did not throw CancellationException");
        verdict.require(cfTask >= 0 && run.lines().get(cfTask).thread().startsWith("report-"),
                "the CompletableFuture's task did not run to its end: something interrupted it");
        verdict.require(run.printedBy(ftCancel, "main"), "cancel(true) on the FutureTask did not return true");
        verdict.require(ftTask >= 0, "the submitted task was not interrupted by cancel(true)");
        verdict.require(run.printedBy(ended, "main"), "main did not finish");
        if (cfJoin >= 0 && cfTask >= 0 && ended >= 0) {
            verdict.require(cfJoin < cfTask, "join() waited for the task: a cancelled future throws at once");
            verdict.require(cfTask < ended && (ftTask < 0 || ftTask < ended), "close() returned before a task ended");
        }
    }
}
