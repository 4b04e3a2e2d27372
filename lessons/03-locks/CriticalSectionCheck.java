package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;

/**
 * Mutual exclusion, read from the transcript: a thread prints "inside" and "leaving" while it holds the lock, so
 * between one thread's "inside" and its "leaving" no other thread may be inside.
 */
public class CriticalSectionCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        for (int i = 1; i <= 5; i++) {
            List<String> texts = run.textsOf("worker-" + i);
            verdict.require(texts.size() == 3 && texts.get(0).equals("attempting to enter")
                    && texts.get(1).startsWith("inside") && texts.get(2).equals("leaving"),
                    "worker-" + i + " did not print attempting, inside, leaving in that order: " + texts);
        }
        List<ThreadLine> section = run.lines().stream()
                .filter(l -> l.text().startsWith("inside") || l.text().equals("leaving")).toList();
        verdict.require(section.size() == 10, "expected 5 inside and 5 leaving lines, saw " + section.size());
        for (int i = 0; i + 1 < section.size(); i += 2) {
            ThreadLine in = section.get(i), out = section.get(i + 1);
            verdict.require(in.text().startsWith("inside") && out.text().equals("leaving")
                    && in.thread().equals(out.thread()),
                    "two threads were in the critical section at once: " + in.thread() + " and " + out.thread());
        }
        int firstLeaving = section.size() > 1 ? run.lines().indexOf(section.get(1)) : 0;
        long queued = run.lines().subList(0, firstLeaving).stream()
                .filter(l -> l.text().equals("attempting to enter")).count();
        verdict.measure("threads_attempting_before_first_leaving", queued);
        List<String> main = run.textsOf("main");
        verdict.require(main.size() == 1 && run.lastIndexOf("main").orElse(-1) == run.lines().size() - 1,
                "main's last line did not come after every worker had finished");
    }
}
