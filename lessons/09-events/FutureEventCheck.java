package concur.lessons.events;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/** The waiter got the derived value only after main completed the future, and a second complete() changed nothing. */
public class FutureEventCheck implements DemoCheck {
    private static final Pattern WAITING = Pattern.compile("^Waiting for the receipt$");
    private static final Pattern COMPLETING = Pattern.compile("^Completing the order with \"coffee\"$");
    private static final Pattern RECEIVED = Pattern.compile("^Received \"(.*)\" after (-?\\d+) ms$");
    private static final Pattern WAITED = Pattern.compile("^Received \".*\" after (-?\\d+) ms$");
    private static final Pattern REFUSED = Pattern.compile("^complete\\(\"tea\"\\) returned false$");
    private static final Pattern STILL = Pattern.compile("^the order is still coffee$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int waiting = run.indexOf(WAITING).orElse(-1);
        int completing = run.indexOf(COMPLETING).orElse(-1);
        int received = run.indexOf(RECEIVED).orElse(-1);
        int once = run.indexOf(REFUSED).orElse(-1);
        int still = run.indexOf(STILL).orElse(-1);
        verdict.require(run.printedBy(waiting, "waiter"), "the waiter did not say it was waiting");
        verdict.require(run.printedBy(completing, "main"), "main did not complete the future");
        verdict.require(run.printedBy(received, "waiter"), "the waiter did not receive a value");
        verdict.require(run.printedBy(once, "main"), "a second complete() was not refused");
        verdict.require(run.printedBy(still, "main"), "a second complete() changed the value");
        if (waiting < 0 || completing < 0 || received < 0) {
            return;
        }
        var m = RECEIVED.matcher(run.lines().get(received).text());
        verdict.require(m.find() && m.group(1).equals("receipt for coffee"),
                "the waiter did not get thenApply's value, \"receipt for coffee\"");
        verdict.require(waiting < received, "the waiter received the value before it started waiting");
        verdict.require(completing < received, "the waiter went on before main completed the future: join() did not block");
        verdict.require(received < once, "main's last line came before the waiter had finished: join() did not wait");

        double waited = run.number(WAITED).orElse(-1.0);
        verdict.require(waited >= 0, "the measured wait is negative");
        verdict.measure("waited_ms", waited);
    }
}
