package concur.lessons.futures;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * supplyAsync with no executor ran on neither main nor a lookup thread, but on a common-pool worker (always on JDK 25;
 * older JDKs give each task a new thread when the common pool has one thread); with an executor, on its thread.
 */
public class DefaultPoolCheck implements DemoCheck {
    private static final Pattern PARALLELISM = Pattern.compile("^Java \\d+, cores: \\d+, common pool parallelism: (\\d+)$");
    private static final Pattern DEFAULT = Pattern.compile("^looking up the default \\(daemon: (true|false)\\)$");
    private static final Pattern OWN = Pattern.compile("^looking up our own \\(daemon: false\\)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        double parallelism = run.number(PARALLELISM).orElse(-1.0);
        int dflt = run.indexOf(DEFAULT).orElse(-1);
        int own = run.indexOf(OWN).orElse(-1);
        verdict.require(parallelism >= 1, "main did not print the common pool's parallelism");
        verdict.require(dflt >= 0, "the default lookup did not run");
        verdict.require(own >= 0 && run.lines().get(own).thread().startsWith("lookup-"),
                "supplyAsync with our executor did not run on one of its lookup- threads");
        if (dflt < 0 || parallelism < 1) {
            return;
        }
        String thread = run.lines().get(dflt).thread();
        verdict.require(!thread.equals("main") && !thread.startsWith("lookup-"),
                "supplyAsync with no executor ran on " + thread + ", not on a thread of the default's");
        boolean commonPool = thread.startsWith("ForkJoinPool.commonPool-worker-");
        if (commonPool) {
            verdict.require(run.lines().get(dflt).text().endsWith("(daemon: true)"), "a common-pool worker was not a daemon");
        } else {
            // older JDKs give each task a thread of its own when the common pool has a single thread
            verdict.require(parallelism <= 1, "with a common pool of " + (int) parallelism + ", the default ran on " + thread);
        }
        verdict.measure("default_on_common_pool", commonPool ? 1 : 0);
        verdict.measure("common_pool_parallelism", parallelism);
    }
}
