package concur.lessons.threadlocals;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** Each counter thread saw exactly its own 1, 2 ... 6 through the one shared ThreadLocal; main saw the initial 0. */
public class OneThreadLocalManyThreadsCheck implements DemoCheck {
    private static final List<String> OWN_SEQUENCE = List.of("set my counter to 1",
            "counter = 2", "counter = 3", "counter = 4", "counter = 5", "counter = 6");
    private static final List<String> COUNTERS = List.of("counter-A", "counter-B", "counter-C");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        for (String counter : COUNTERS) {
            verdict.require(run.textsOf(counter).equals(OWN_SEQUENCE),
                    counter + " did not see exactly its own values 1 to 6: " + run.textsOf(counter));
        }
        verdict.require(run.textsOf("main").equals(List.of("main's counter = 0")),
                "main did not see the initial value 0 of its own counter");
        int switches = 0;
        var lines = run.lines().stream().filter(l -> COUNTERS.contains(l.thread())).toList();
        for (int i = 1; i < lines.size(); i++) {
            switches += lines.get(i).thread().equals(lines.get(i - 1).thread()) ? 0 : 1;
        }
        verdict.measure("switches", switches);
    }
}
