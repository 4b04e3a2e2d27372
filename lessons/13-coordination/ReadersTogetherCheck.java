package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * Four readers held the read lock at the same moment, and four holders of the write lock never did; the reads'
 * durations are measured (one lock takes them one at a time, so at least 4 x 50 ms; the read lock needs no such wait).
 */
public class ReadersTogetherCheck implements DemoCheck {
    private static final Pattern SHARED = Pattern.compile("^4 reads of 50 ms under the read lock took (\\d+) ms$");
    private static final Pattern QUEUED = Pattern.compile("^4 reads of 50 ms under one ReentrantLock took (\\d+) ms$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("main").contains("read lock: all 4 readers inside at once: true"),
                "four readers did not hold the read lock at the same time");
        verdict.require(run.textsOf("main").contains("write lock: all 4 inside at once: false"),
                "four threads held the write lock at the same time");
        double shared = run.number(SHARED).orElse(-1.0);
        double queued = run.number(QUEUED).orElse(-1.0);
        verdict.require(shared >= 50, "the shared reads were not measured");
        verdict.require(queued >= 200, "four 50 ms reads under one lock took less than 200 ms: they overlapped");
        verdict.measure("shared_reads_ms", shared);
        verdict.measure("exclusive_reads_ms", queued);
    }
}
