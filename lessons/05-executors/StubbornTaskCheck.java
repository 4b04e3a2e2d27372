package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/**
 * shutdownNow() interrupted both tasks: the polite one stopped, the stubborn one swallowed the interrupt and kept
 * the pool from terminating until its reply came. Nothing here depends on timing: the stubborn task waits on a latch
 * that only main opens.
 */
public class StubbornTaskCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> all = run.lines().stream().map(l -> l.text()).toList();
        verdict.require(all.contains("polite: interrupted, so I stop") && !all.contains("polite: got the reply"),
                "the polite task did not stop when interrupted");
        verdict.require(all.indexOf("stubborn: interrupted, but I wait on") >= 0
                        && all.lastIndexOf("stubborn: interrupted, but I wait on") == all.indexOf("stubborn: interrupted, but I wait on"),
                "the stubborn task was not interrupted exactly once");
        verdict.require(run.textsOf("main").equals(List.of("200 ms after shutdownNow(): terminated false",
                "after the reply: terminated true")),
                "the pool should not end while the stubborn task waits, and should end once it has its reply: " + run.textsOf("main"));
        int stillWaiting = run.indexOf(java.util.regex.Pattern.compile("^200 ms after shutdownNow")).orElse(-1);
        int replied = run.indexOf(java.util.regex.Pattern.compile("^stubborn: got the reply$")).orElse(-1);
        verdict.require(replied > stillWaiting && stillWaiting >= 0, "the stubborn task ended before main sent the reply");
        verdict.require(run.threads().stream().allMatch(t -> t.equals("main") || t.matches("worker-[12]")),
                "a task ran outside the pool's two workers: " + run.threads());
    }
}
