package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Pattern;

/**
 * thenApply of a future-returning function nested a future, thenCompose gave the value; thenCombine's line came after
 * both of its inputs, and allOf's after all three lookups, each of which ran on a shop thread.
 */
public class ComposeAndCombineCheck implements DemoCheck {
    private static final Pattern NESTED = Pattern.compile("^thenApply gave a future holding a CompletableFuture$");
    private static final Pattern FLAT = Pattern.compile("^thenCompose gave a future holding 6$");
    private static final Pattern COMBINED = Pattern.compile("^thenCombine: 6 in stock at 60 cents$");
    private static final Pattern ALL = Pattern.compile("^allOf: all 3 priced, total 140 cents$");
    private static final Pattern TEAPOT_PRICE = Pattern.compile("^pricing teapot$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        int nested = run.indexOf(NESTED).orElse(-1);
        int flat = run.indexOf(FLAT).orElse(-1);
        int combined = run.indexOf(COMBINED).orElse(-1);
        int all = run.indexOf(ALL).orElse(-1);
        int teapotPrice = run.indexOf(TEAPOT_PRICE).orElse(-1);
        verdict.require(run.printedBy(nested, "main"), "thenApply did not give a future of a future");
        verdict.require(run.printedBy(flat, "main"), "thenCompose did not give the stock, 6");
        verdict.require(run.printedBy(combined, "main"), "thenCombine did not join stock and price");
        verdict.require(run.printedBy(all, "main"), "allOf did not wait for the three prices");
        for (var line : run.lines()) {
            if (line.text().startsWith("pricing ") || line.text().startsWith("counting ")) {
                verdict.require(line.thread().startsWith("shop-"), "a lookup ran on " + line.thread() + ", not the shop");
            }
        }
        if (combined >= 0 && teapotPrice >= 0) {
            verdict.require(teapotPrice < combined, "thenCombine gave a value before the price was looked up");
        }
        if (all >= 0) {
            for (String item : List.of("cup", "saucer", "spoon")) {
                int at = run.indexOf(Pattern.compile("^pricing " + item + "$")).orElse(-1);
                verdict.require(at >= 0 && at < all, "allOf returned before " + item + " was priced");
            }
        }
    }
}
