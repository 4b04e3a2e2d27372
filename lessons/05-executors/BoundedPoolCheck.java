package concur.lessons.executors;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * With every worker held at a gate, the unbounded queue took all 6 tasks and the bounded one took 2 after the 2
 * workers' own, rejecting the rest. With CallerRunsPolicy every task ran exactly once, on a worker or on main;
 * how many landed on main depends on timing, and is measured.
 */
public class BoundedPoolCheck implements DemoCheck {
    private static final Pattern RUNS = Pattern.compile("^task (\\d) runs$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        List<String> unbounded = List.of("newFixedThreadPool(2):",
                "task 1 accepted, 0 waiting in the queue", "task 2 accepted, 0 waiting in the queue",
                "task 3 accepted, 1 waiting in the queue", "task 4 accepted, 2 waiting in the queue",
                "task 5 accepted, 3 waiting in the queue", "task 6 accepted, 4 waiting in the queue");
        List<String> aborting = List.of("2 workers, room for 2, AbortPolicy:",
                "task 1 accepted, 0 waiting in the queue", "task 2 accepted, 0 waiting in the queue",
                "task 3 accepted, 1 waiting in the queue", "task 4 accepted, 2 waiting in the queue",
                "task 5 rejected: RejectedExecutionException", "task 6 rejected: RejectedExecutionException");
        verdict.require(main.size() >= 14 && main.subList(0, 7).equals(unbounded),
                "the unbounded queue did not take all 6 tasks while the workers were busy");
        verdict.require(main.size() >= 14 && main.subList(7, 14).equals(aborting),
                "the bounded queue did not take exactly 2 tasks and reject the other 2");

        int callerRuns = main.indexOf("2 workers, room for 2, CallerRunsPolicy:");
        verdict.require(callerRuns == 14, "the CallerRunsPolicy part did not follow");
        List<Integer> ran = new ArrayList<>();
        int onMain = 0;
        for (var line : run.lines()) {
            Matcher m = RUNS.matcher(line.text());
            if (m.matches()) {
                ran.add(Integer.parseInt(m.group(1)));
                verdict.require(line.thread().equals("main") || line.thread().matches("worker-[12]"),
                        "task " + m.group(1) + " ran on " + line.thread() + ", neither a worker nor main");
                onMain += line.thread().equals("main") ? 1 : 0;
            }
        }
        verdict.require(ran.stream().sorted().toList().equals(List.of(1, 2, 3, 4, 5, 6)),
                "with CallerRunsPolicy, every task should run exactly once; ran: " + ran);
        verdict.require(!main.isEmpty() && main.get(main.size() - 1).equals("all 6 handed over"), "main did not hand over all 6 tasks");
        verdict.measure("caller_runs_tasks_on_main", onMain);
    }
}
