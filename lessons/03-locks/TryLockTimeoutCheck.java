package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The latches fix the story: holder keeps the lock until main has given up, so tryLock must fail, and only after
 * waiting its full 100 ms (tryLock returns false only once its time is up); then lock() gets it.
 */
public class TryLockTimeoutCheck implements DemoCheck {
    private static final Pattern GAVE_UP = Pattern.compile("^tryLock gave up after (\\d+) ms$");
    private static final Pattern GOT_IT = Pattern.compile("^lock\\(\\) got it after (\\d+) ms$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        verdict.require(main.size() == 2 && GAVE_UP.matcher(main.get(0)).matches()
                && GOT_IT.matcher(main.get(1)).matches(), "main did not give up first and then get the lock: " + main);
        verdict.require(run.textsOf("holder").equals(List.of("has the lock, keeps it until main gives up", "unlocks")),
                "holder did not print its two lines");
        int gaveUp = run.indexOf(GAVE_UP).orElse(-1);
        int unlocks = run.indexOf(Pattern.compile("^unlocks$")).orElse(-1);
        int gotIt = run.indexOf(GOT_IT).orElse(-1);
        verdict.require(run.indexOf(Pattern.compile("^has the lock")).orElse(-1) < gaveUp && gaveUp < unlocks,
                "the order was not: holder has the lock, main gives up, holder unlocks");
        verdict.require(unlocks < gotIt, "main got the lock before holder unlocked it");
        run.number(GAVE_UP).ifPresent(ms -> {
            verdict.require(ms >= 100, "tryLock(100 ms) gave up after only " + ms + " ms");
            verdict.measure("trylock_gave_up_ms", ms);
        });
    }
}
