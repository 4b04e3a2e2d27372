package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/**
 * The upgrader held a read lock and waited for the write lock until main interrupted it: the read-to-write upgrade
 * deadlocked on itself, as named. Letting go of the read lock first worked.
 */
public class UpgradeDeadlockCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("upgrader").equals(List.of(
                "miss on tea; holding the read lock, asking for the write lock",
                "interrupted while waiting for the write lock")),
                "the upgrader did not wait for the write lock until interrupted: " + run.textsOf("upgrader"));
        verdict.require(run.textsOf("main").equals(List.of(
                "deadlock: upgrader holds the only read lock and waits for the write lock, which waits for that read lock"
                        + " to be let go",
                "read locks held now: 0")),
                "main did not see the upgrader stuck holding its read lock, or the lock was not let go: " + run.textsOf("main"));
        verdict.require(run.textsOf("fixed").equals(List.of("read, let go, then wrote: tea -> TEA")),
                "letting go of the read lock before writing did not work: " + run.textsOf("fixed"));
    }
}
