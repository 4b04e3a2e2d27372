package concur.lessons.threadlocals;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** The child saw main's inheritable value but not the plain one, and its own change did not reach main. */
public class InheritedByChildCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("child").equals(List.of(
                "plain: null",
                "inheritable: trace-42",
                "I changed my copy to trace-99")),
                "the child did not see exactly the inheritable value: " + run.textsOf("child"));
        verdict.require(run.textsOf("main").equals(List.of("main still has trace-42")),
                "the child's change reached main: " + run.textsOf("main"));
    }
}
