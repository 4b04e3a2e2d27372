package concur.lessons.subclassing;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Thread starts once; the same Runnable runs on any number of threads and on a pool; and a Thread subclass handed
 * to a pool runs on a pool worker, while its getName() still reports the unused Thread object's name.
 */
public class TaskNotThreadCheck implements DemoCheck {
    private static final Pattern POOL_WORKER = Pattern.compile("pool-\\d+-thread-\\d+");

    /** What one Greeter printed: the name getName() gave, on the thread that printed it. */
    record Greeting(String printedBy, String getName) {}

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        verdict.require(main.size() == 2 && main.get(0).matches("starting Thread-\\d+ again: IllegalThreadStateException"),
                "starting the ended Greeter again did not throw IllegalThreadStateException");
        verdict.require(run.lastIndexOf("main").orElse(-1) == run.lines().size() - 1 && main.get(main.size() - 1).equals("done"),
                "main did not print done last, after the pool was closed");
        for (String name : List.of("first", "second")) {
            verdict.require(run.textsOf(name).equals(List.of("hello from " + name)),
                    "the task did not run once on the thread named " + name);
        }

        List<Greeting> greetings = run.threads().stream().flatMap(t -> {
            List<String> texts = run.textsOf(t);
            return java.util.stream.IntStream.range(0, texts.size())
                    .filter(i -> texts.get(i).startsWith("getName():"))
                    .mapToObj(i -> {
                        boolean paired = i + 1 < texts.size() && texts.get(i + 1).equals("currentThread(): " + t);
                        return new Greeting(paired ? t : "?", texts.get(i).substring("getName():".length()).strip());
                    });
        }).toList();
        if (greetings.size() != 2) {
            verdict.fail("expected two Greeters to print, got " + greetings.size());
            return;
        }
        verdict.require(greetings.stream().noneMatch(g -> g.printedBy().equals("?")),
                "a Greeter's currentThread() was not the thread that printed its line");
        Greeting started = greetings.get(0);
        Greeting pooled = greetings.get(1);
        verdict.require(started.printedBy().equals(started.getName()) && started.getName().matches("Thread-\\d+"),
                "the started Greeter did not run on its own thread");
        verdict.require(POOL_WORKER.matcher(pooled.printedBy()).matches(), "the Greeter handed to the pool did not run on a pool worker");
        verdict.require(pooled.getName().matches("Thread-\\d+"), "the pooled Greeter's getName() was not its own generated name");

        var pooledHellos = run.lines().stream()
                .filter(l -> POOL_WORKER.matcher(l.thread()).matches() && l.text().startsWith("hello from ")).toList();
        verdict.require(pooledHellos.size() == 2, "the task did not run twice on the pool");
        verdict.require(pooledHellos.stream().allMatch(l -> l.text().equals("hello from " + l.thread())),
                "a pooled task did not report the worker it ran on");
        verdict.require(run.threads().stream().filter(t -> POOL_WORKER.matcher(t).matches()).count() <= 2,
                "more than two pool workers printed, from a pool of two");
    }
}
