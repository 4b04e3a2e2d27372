package concur.lessons.subclassing;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Each runner printed its five lines in order, on its own thread; main's last line came after both (join). */
public class GeneratedNamesCheck implements DemoCheck {
    private static final Pattern CREATED = Pattern.compile("^created (Thread-(\\d+)) and (Thread-(\\d+))$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        Matcher created = main.isEmpty() ? null : CREATED.matcher(main.get(0));
        if (created == null || !created.matches()) {
            verdict.fail("main did not first print the two generated names (created Thread-N and Thread-M)");
            return;
        }
        List<String> names = List.of(created.group(1), created.group(3));
        verdict.require(!names.get(0).equals(names.get(1)), "the two threads got the same generated name");
        verdict.require(run.threads().stream().allMatch(t -> t.equals("main") || names.contains(t)),
                "a thread other than main and the two runners printed");
        int done = run.indexOf(Pattern.compile("^both runners have finished$")).orElse(-1);
        verdict.require(run.printedBy(done, "main"),
                "main did not print that both runners had finished");
        for (String name : names) {
            List<String> expected = IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> "Thread " + name + " is running (" + i + " of 5)").toList();
            verdict.require(run.textsOf(name).equals(expected),
                    name + " did not print its five lines, in order, on its own thread");
            verdict.require(run.lastIndexOf(name).orElse(Integer.MAX_VALUE) < done,
                    "main finished before " + name + " did: join() did not wait");
        }
        verdict.measure("generated-name-number", Double.parseDouble(created.group(2)));
    }
}
