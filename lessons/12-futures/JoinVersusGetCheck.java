package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** join() wrapped the cause in a CompletionException, get() in an ExecutionException; getNow did not wait. */
public class JoinVersusGetCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("main").equals(List.of(
                "join() threw CompletionException, cause java.lang.IllegalArgumentException: no such user",
                "get() threw ExecutionException, cause java.lang.IllegalArgumentException: no such user",
                "getNow on a new future: not yet")),
                "join, get and getNow did not throw and return as documented: " + run.textsOf("main"));
    }
}
