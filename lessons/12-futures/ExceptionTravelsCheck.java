package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * The failure skipped both thenApply stages, whenComplete saw it and passed it on, exceptionally got it wrapped in a
 * CompletionException and recovered, and handle saw it too.
 */
public class ExceptionTravelsCheck implements DemoCheck {
    private static final Pattern SKIPPED = Pattern.compile("^stage [12]: ");
    private static final Pattern SAW = Pattern.compile("^whenComplete saw CompletionException caused by IllegalStateException and passed it on$");
    private static final Pattern RECOVERED = Pattern.compile("^exceptionally got CompletionException caused by IllegalStateException: account locked$");
    private static final Pattern SHOWN = Pattern.compile("^shown to the user: balance unavailable$");
    private static final Pattern HANDLED = Pattern.compile("^handle on the first stage: handled CompletionException caused by IllegalStateException$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.indexOf(SKIPPED).isEmpty(), "a thenApply stage ran although its input had failed");
        int saw = run.indexOf(SAW).orElse(-1);
        int recovered = run.indexOf(RECOVERED).orElse(-1);
        int shown = run.indexOf(SHOWN).orElse(-1);
        verdict.require(saw >= 0, "whenComplete did not see the CompletionException");
        verdict.require(recovered >= 0, "exceptionally did not get the CompletionException with the cause's message");
        verdict.require(run.printedBy(shown, "main"), "the chain did not recover with the fallback text");
        verdict.require(run.printedBy(run.indexOf(HANDLED).orElse(-1), "main"), "handle did not see the failure");
        if (saw >= 0 && recovered >= 0 && shown >= 0) {
            verdict.require(saw < recovered && recovered < shown, "the failure did not travel down the chain in order");
        }
    }
}
