package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every volatile reader stopped once main raised its flag, and the JVM then exited by itself. Whether a plain
 * reader saw the write depends on which code the JIT gave it, and when: it is measured, not asserted. With
 * -XX:+PrintCompilation in concur's quick-start child JVM (C1 only) on JDK 25, the first reader's loop was
 * OSR-compiled before the write and still re-read the field (it stopped); readers started after C1 had compiled
 * the lambda as a whole ran a version that reads it once (they spun): 1 or 2 of 3 missed.
 */
public class StopFlagCheck implements DemoCheck {
    private static final Pattern PLAIN =
            Pattern.compile("^plain flag, trial (\\d): the reader (stopped|is still spinning 500 ms after the write)$");
    private static final Pattern VOLATILE =
            Pattern.compile("^volatile flag, trial (\\d): the reader stopped ([\\d.,]+) ms after the write$");
    private static final Pattern SUMMARY = Pattern.compile(
            "^plain flag missed in (\\d) of 3 trials; main returns$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        List<Matcher> plain = main.stream().map(PLAIN::matcher).filter(Matcher::matches).toList();
        List<Matcher> volatiles = main.stream().map(VOLATILE::matcher).filter(Matcher::matches).toList();
        verdict.require(plain.size() == 3, "expected 3 plain-flag trials, got " + plain.size());
        verdict.require(volatiles.size() == 3, "expected 3 volatile-flag trials in which the reader stopped, got " + volatiles.size());
        long missed = plain.stream().filter(m -> m.group(2).startsWith("is still")).count();
        Matcher summary = main.isEmpty() ? null : SUMMARY.matcher(main.get(main.size() - 1));
        verdict.require(summary != null && summary.matches() && Long.parseLong(summary.group(1)) == missed,
                "main's last line did not sum up the " + missed + " missed trials");
        List<ThreadLine> lines = run.lines();
        ThreadLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        verdict.require(last != null && last.thread().equals("(jvm)") && last.text().equals("the JVM exited, exit code 0"),
                "the JVM did not exit by itself once main returned: the readers must be daemons");
        verdict.measure("plain_flag_missed", missed);
        verdict.measure("plain_flag_missed_rate", missed / 3.0);
        volatiles.stream().mapToDouble(m -> Transcript.decimalNumber(m.group(2))).max()
                .ifPresent(ms -> verdict.measure("volatile_slowest_stop_ms", ms));
    }
}
