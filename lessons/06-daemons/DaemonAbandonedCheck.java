package concur.lessons.daemons;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;

/** main saw the daemon alive, the JVM then exited by itself, and the daemon's finally block never ran. */
public class DaemonAbandonedCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        verdict.require(main.equals(List.of("ticker alive: true, daemon: true", "main returns now")),
                "main did not see a live daemon ticker before returning: " + main);
        List<ThreadLine> lines = run.lines();
        ThreadLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        verdict.require(last != null && last.thread().equals("(jvm)") && last.text().equals("the JVM exited, exit code 0"),
                "the JVM did not exit by itself with code 0");
        List<String> ticker = run.textsOf("ticker");
        verdict.require(!ticker.contains("ticker cleans up") && !ticker.contains("interrupted"),
                "the daemon's finally block ran; the JVM should have abandoned it");
        verdict.measure("ticks", ticker.size());
    }
}
