package concur.lessons.collections;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Under the list's own lock no value is added twice; without it, how many were is measured. A CopyOnWriteArrayList's
 * iterator sees the list as it was when the iterator was made, however many adds come after.
 */
public class CompoundActionsCheck implements DemoCheck {
    private static final Pattern UNLOCKED = Pattern.compile("^synchronizedList, check then add: (\\d+) duplicates in 10 trials$");
    private static final Pattern LOCKED = Pattern.compile(
            "^synchronizedList, check then add under synchronized \\(list\\): (\\d+) duplicates in 10 trials$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        Optional<Double> unlocked = run.number(UNLOCKED), locked = run.number(LOCKED);
        verdict.require(unlocked.isPresent(), "the demo did not report the check-then-add without the lock");
        verdict.require(locked.isPresent() && locked.get() == 0,
                "check then add under the list's lock must add no value twice, but added " + locked.orElse(null));
        verdict.require(run.textsOf("main").contains(
                "CopyOnWriteArrayList: the iteration saw [a, b, c]; the list now holds [a, b, c, d, e]"),
                "the CopyOnWriteArrayList's iteration must see the three elements it began with, and the list all five");
        unlocked.ifPresent(n -> verdict.measure("check_then_add_duplicates", n));
    }
}
