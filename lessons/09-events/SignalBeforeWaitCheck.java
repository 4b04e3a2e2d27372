package concur.lessons.events;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/** Both signals came before the waiter started; the latch let it through, the bare wait() had to time out. */
public class SignalBeforeWaitCheck implements DemoCheck {
    private static final Pattern SIGNALLED = Pattern.compile("^Signalled the latch and the monitor; nobody was waiting$");
    private static final Pattern LATCH = Pattern.compile("^latch\\.await\\(\\) returned after (-?\\d+) ms: the latch stayed open$");
    private static final Pattern MONITOR = Pattern.compile("^monitor\\.wait\\(\\) returned after (-?\\d+) ms: the notify was lost$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int signalled = run.indexOf(SIGNALLED).orElse(-1);
        int latch = run.indexOf(LATCH).orElse(-1);
        int monitor = run.indexOf(MONITOR).orElse(-1);
        verdict.require(run.printedBy(signalled, "main"), "main did not signal first");
        verdict.require(run.printedBy(latch, "waiter"),
                "the waiter did not get through the latch");
        verdict.require(run.printedBy(monitor, "waiter"),
                "the waiter's wait() did not return");
        verdict.require(signalled < latch && latch < monitor, "the lines are not in the order the code fixes");

        double latchMs = run.number(LATCH).orElse(-1.0);
        double monitorMs = run.number(MONITOR).orElse(-1.0);
        verdict.require(latchMs >= 0 && monitorMs >= 0, "a measured wait is negative");
        verdict.measure("latch_wait_ms", latchMs);
        verdict.measure("monitor_wait_ms", monitorMs);
    }
}
