package concur.lessons.basics;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;

/** The worker printed after main returned, and the run lasted until the worker ended. */
public class MainEndsFirstCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("worker").size() == 2, "the worker did not print both its lines");
        verdict.require(run.lastIndexOf("main").orElse(Integer.MAX_VALUE) < run.lastIndexOf("worker").orElse(-1),
                "the worker's lines did not come after main returned");
    }
}
