package concur.lessons.basics;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** run() ran on main; start() ran on the new thread. */
public class RunVersusStartCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("main").equals(List.of("this code runs on main")),
                "calling run() directly did not run the code on main");
        verdict.require(run.textsOf("worker").equals(List.of("this code runs on worker")),
                "start() did not run the code on the new thread");
    }
}
