package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** With the check and the act under one lock, every trial creates exactly one instance, on every machine. */
public class SafeLazyInitCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<Integer> outcomes = CheckThenActCheck.outcomes(run, verdict);
        if (outcomes == null) {
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            verdict.require(outcomes.get(i) == 1, "trial " + (i + 1) + " created " + outcomes.get(i) + " instances");
        }
    }
}
