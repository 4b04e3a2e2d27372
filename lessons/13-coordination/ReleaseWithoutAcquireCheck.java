package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** A failed tryAcquire followed by a release took the count from 0 to 1, so a second thread got in, and 2 were left. */
public class ReleaseWithoutAcquireCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("main").equals(List.of("permits at the start: 1",
                "permits after the careless release: 1", "permits at the end: 2 (it started with 1)")),
                "the permit counts were not 1, then 1 while the holder held one, then 2: " + run.textsOf("main"));
        verdict.require(run.textsOf("holder").equals(List.of("holds the only permit")), "the holder did not take the permit");
        verdict.require(run.textsOf("careless").equals(List.of("tryAcquire returned false, working anyway")),
                "the careless thread's tryAcquire did not fail: " + run.textsOf("careless"));
        verdict.require(run.textsOf("intruder").equals(List.of("got a permit while the holder still has one: 2 inside a semaphore of 1")),
                "the intruder did not get the permit the careless release made");
    }
}
