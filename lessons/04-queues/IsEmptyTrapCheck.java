package concur.lessons.queues;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/**
 * The isEmpty() loop stops early, every run: the consumer drains items 1 to 3, finds the queue empty while the
 * producer (main) is paused, and quits; items 4 and 5 are never consumed.
 */
public class IsEmptyTrapCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        verdict.require(run.textsOf("consumer").equals(List.of("took 1", "took 2", "took 3",
                "queue looked empty: stopping after 3 items")), "the consumer did not take 1 to 3 and then quit: "
                + run.textsOf("consumer"));
        verdict.require(run.textsOf("main").equals(List.of("put 1", "put 2", "put 3", "put 4", "put 5",
                "2 items left in the queue, and no one will take them")), "main did not put 1 to 5 and leave 2 behind: "
                + run.textsOf("main"));
        int quit = run.lastIndexOf("consumer").orElse(Integer.MAX_VALUE);
        int put4 = run.textsOf("main").size() == 6 ? run.lines().indexOf(run.lines().stream()
                .filter(l -> l.text().equals("put 4")).findFirst().orElseThrow()) : -1;
        verdict.require(quit < put4, "item 4 was put before the consumer had quit");
    }
}
