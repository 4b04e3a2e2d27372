package concur.lessons.threadlocals;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/**
 * Without childValue the child got main's very list, and its add reached main; with childValue it got a copy, and
 * main's list stayed as it was.
 */
public class InheritedListCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("child").equals(List.of(
                "STEPS is main's very list: true",
                "OWN_STEPS is main's very list: false")),
                "the child did not get main's list by reference and a copy through childValue: " + run.textsOf("child"));
        verdict.require(run.textsOf("main").equals(List.of(
                "main's STEPS:     [request in, reply sent]",
                "main's OWN_STEPS: [request in]")),
                "the child's add did not reach main's shared list, or reached the copied one: " + run.textsOf("main"));
    }
}
