package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/** No user ever saw more than two inside, every user printed, and both permits were back at the end. */
public class BoundedBySemaphoreCheck implements DemoCheck {
    private static final Pattern INSIDE = Pattern.compile("^printing, (\\d+) inside$");
    private static final Pattern END = Pattern.compile("^all 5 printed; permits free: 2$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        var counts = run.numbers(INSIDE);
        verdict.require(counts.size() == 5, "not every user printed: " + counts.size() + " of 5");
        double most = counts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        verdict.require(most <= 2, "a user saw " + (int) most + " inside a semaphore of 2 permits");
        for (int i = 1; i <= 5; i++) {
            verdict.require(run.textsOf("user-" + i).size() == 2, "user-" + i + " did not print and finish");
        }
        verdict.require(run.printedBy(run.indexOf(END).orElse(-1), "main"), "main did not find both permits free at the end");
        verdict.measure("most_inside", most);
    }
}
