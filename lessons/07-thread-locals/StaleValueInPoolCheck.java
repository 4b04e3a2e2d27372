package concur.lessons.threadlocals;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** On the one reused worker, each anonymous request ran as the user the request before it left behind. */
public class StaleValueInPoolCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("worker").equals(List.of(
                "request 1 (login alice) runs as alice",
                "request 2 (no login) runs as alice",
                "request 3 (login bob) runs as bob",
                "request 4 (no login) runs as bob")),
                "the worker did not show the stale user leaking into requests 2 and 4: " + run.textsOf("worker"));
        verdict.require(run.textsOf("main").equals(List.of("main runs as nobody")),
                "main did not keep its own value, nobody");
        verdict.require(run.lastIndexOf("worker").orElse(Integer.MAX_VALUE) < run.lastIndexOf("main").orElse(-1),
                "main printed before the pool had finished: close() did not wait");
    }
}
