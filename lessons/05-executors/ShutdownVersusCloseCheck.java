package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * shutdown() rejected new tasks and awaitTermination() waited for all 3; close() waited for all 3; shutdownNow()
 * handed back the 2 queued tasks and interrupted the running one.
 */
public class ShutdownVersusCloseCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        var main = run.textsOf("main");
        verdict.require(main.size() == 7 && main.get(0).matches("after shutdown\\(\\): [0-3] of 3 done, terminated: (true|false)"),
                "main did not report the state just after shutdown()");
        verdict.require(main.contains("submit() after shutdown(): RejectedExecutionException"),
                "submit() after shutdown() was not rejected");
        verdict.require(main.contains("after awaitTermination(): 3 of 3 done, terminated: true"),
                "awaitTermination() did not wait for the three tasks");
        verdict.require(main.contains("after close(): 3 of 3 done"), "close() did not wait for the three tasks");
        verdict.require(main.contains("after shutdownNow(): 2 handed back unrun, 0 done"),
                "shutdownNow() did not hand back the two queued tasks, or a task completed");
        verdict.require(main.contains("the running task threw InterruptedException"),
                "shutdownNow() did not interrupt the running task");
        verdict.require(main.contains("a queued task's future is done: false"),
                "a task handed back by shutdownNow() had a completed future");
        run.number(Pattern.compile("^after shutdown\\(\\): (\\d) of 3 done")).ifPresent(n -> verdict.measure("done-right-after-shutdown", n));
    }
}
