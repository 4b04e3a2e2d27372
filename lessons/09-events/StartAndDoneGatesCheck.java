package concur.lessons.events;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Pattern;

/** No worker passed the start gate before main opened it, and main went on only after all three were done. */
public class StartAndDoneGatesCheck implements DemoCheck {
    private static final Pattern OPENING = Pattern.compile("^Opening the start gate$");
    private static final Pattern ALL_DONE = Pattern.compile("^All 3 workers are done$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int opening = run.indexOf(OPENING).orElse(-1);
        int allDone = run.indexOf(ALL_DONE).orElse(-1);
        verdict.require(run.printedBy(opening, "main"), "main did not open the gate");
        verdict.require(run.printedBy(allDone, "main"),
                "main did not report all workers done");
        long firstThrough = Long.MAX_VALUE;
        long lastThrough = Long.MIN_VALUE;
        for (int i = 1; i <= 3; i++) {
            String worker = "worker-" + i;
            verdict.require(run.textsOf(worker).equals(List.of("waiting at the start gate", "through the start gate",
                    "done after " + 100 * i + " ms of work")), worker + " did not pass the gate and finish its work");
            for (int n = 0; n < run.lines().size(); n++) {
                var line = run.lines().get(n);
                if (line.thread().equals(worker) && line.text().equals("through the start gate")) {
                    verdict.require(n > opening, worker + " got through the start gate before main opened it");
                    firstThrough = Math.min(firstThrough, line.nanos());
                    lastThrough = Math.max(lastThrough, line.nanos());
                }
            }
            verdict.require(run.lastIndexOf(worker).orElse(Integer.MAX_VALUE) < allDone,
                    "main went on before " + worker + " was done: the done gate did not wait");
        }
        if (firstThrough <= lastThrough) {
            verdict.measure("release_spread_ms", (lastThrough - firstThrough) / 1e6);
        }
    }
}
