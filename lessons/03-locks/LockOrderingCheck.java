package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/**
 * The latch makes the deadlock certain: each of t1 and t2 holds one lock and waits for the other's; main sees it and
 * interrupts t1, which lets go of A, so t2 finishes. Then, in one order, both transfers finish.
 */
public class LockOrderingCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("t1").equals(List.of("holds A, wants B", "interrupted while waiting for B")),
                "t1 did not hold A and wait for B until interrupted: " + run.textsOf("t1"));
        verdict.require(run.textsOf("t2").equals(List.of("holds B, wants A", "moved money from B to A")),
                "t2 did not hold B, wait for A and finish once t1 gave up: " + run.textsOf("t2"));
        verdict.require(run.textsOf("main").containsAll(List.of("deadlock: t1 waits for a lock held by t2",
                "deadlock: t2 waits for a lock held by t1", "in one order: both transfers done")),
                "main did not report the deadlock and then both transfers done: " + run.textsOf("main"));
        verdict.require(run.textsOf("t3").contains("moved money from A to B"), "t3's transfer did not finish");
        verdict.require(run.textsOf("t4").contains("moved money from B to A"), "t4's transfer did not finish");
    }
}
