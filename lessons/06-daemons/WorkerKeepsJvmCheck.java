package concur.lessons.daemons;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;

/** main returned, the worker went on, and the JVM never exited by itself: concur had to end it. */
public class WorkerKeepsJvmCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("main").equals(List.of("worker is a daemon: false", "main returns now")),
                "main did not report a non-daemon worker");
        int mainEnd = run.lastIndexOf("main").orElse(Integer.MAX_VALUE);
        int workerGoesOn = run.indexOf(java.util.regex.Pattern.compile("^main\\(\\) has returned; I am still running$")).orElse(-1);
        verdict.require(workerGoesOn > mainEnd, "the worker did not carry on after main returned");
        List<ThreadLine> lines = run.lines();
        ThreadLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        verdict.require(last != null && last.thread().equals("(jvm)") && last.text().startsWith("still running after"),
                "the JVM exited by itself, though a non-daemon thread was running");
        verdict.measure("ticks_after_main", run.textsOf("worker").stream().filter(t -> t.startsWith("tick ")).count());
    }
}
