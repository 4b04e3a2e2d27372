package concur.lessons.threadlocals;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** With remove() in finally, the anonymous requests on the reused worker ran as nobody. */
public class RemoveInFinallyCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("worker").equals(List.of(
                "request 1 (login alice) runs as alice",
                "request 2 (no login) runs as nobody",
                "request 3 (login bob) runs as bob",
                "request 4 (no login) runs as nobody")),
                "a user still leaked from one request into the next: " + run.textsOf("worker"));
    }
}
