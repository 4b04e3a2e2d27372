package concur.lessons.events;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/** The waiter's "received" line comes after main's "Setting the event": countDown() happens before await() returns. */
public class LatchEventCheck implements DemoCheck {
    private static final Pattern WAITING = Pattern.compile("^Waiting for event to be set$");
    private static final Pattern SETTING = Pattern.compile("^Setting the event$");
    private static final Pattern RECEIVED = Pattern.compile("^Event received after (-?\\d+) ms, task completed$");
    private static final Pattern STATE = Pattern.compile("^The waiter is ([A-Z_]+)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int waiting = run.indexOf(WAITING).orElse(-1);
        int setting = run.indexOf(SETTING).orElse(-1);
        int received = run.indexOf(RECEIVED).orElse(-1);
        int state = run.indexOf(STATE).orElse(-1);
        verdict.require(run.printedBy(waiting, "waiter"), "the waiter did not say it was waiting");
        verdict.require(run.printedBy(setting, "main"), "main did not set the event");
        verdict.require(run.printedBy(received, "waiter"), "the waiter did not receive the event");
        verdict.require(run.printedBy(state, "main"), "main did not report the waiter's state");
        if (waiting < 0 || setting < 0 || received < 0) {
            return;
        }
        verdict.require(waiting < received, "the waiter received the event before it started waiting");
        verdict.require(setting < received, "the waiter went on before main set the event: await() did not block");
        verdict.require(run.textsOf("waiter").size() == 2, "the waiter printed more than its two lines");

        double waited = run.number(RECEIVED).orElse(-1.0);
        verdict.require(waited >= 0, "the measured wait is negative");
        verdict.measure("waited_ms", waited);
        verdict.measure("waiter_was_waiting", state >= 0 && run.lines().get(state).text().endsWith(" WAITING") ? 1 : 0);
    }
}
