package concur.lessons.subclassing;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Pattern;

/** Every thread printed its own name, once; the given names are exactly the ones the code chose. */
public class GivenNamesCheck implements DemoCheck {
    private static final List<String> GIVEN = List.of("downloader", "uploader", "indexer-1", "indexer-2");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        for (String name : GIVEN) {
            verdict.require(run.textsOf(name).equals(List.of("Thread " + name + " is running")),
                    name + " did not print its name once, on its own thread");
        }
        List<String> others = run.threads().stream()
                .filter(t -> !t.equals("main") && !GIVEN.contains(t)).toList();
        verdict.require(others.size() == 1 && others.get(0).matches("Thread-\\d+"),
                "expected exactly one other thread, with a generated name Thread-N, but got " + others);
        if (others.size() == 1) {
            verdict.require(run.textsOf(others.get(0)).equals(List.of("Thread " + others.get(0) + " is running")),
                    "the unnamed thread did not print its generated name once");
        }
        int done = run.indexOf(Pattern.compile("^all 5 threads have finished$")).orElse(-1);
        verdict.require(run.printedBy(done, "main"),
                "main did not print that all 5 threads had finished");
        verdict.require(done == run.lines().size() - 1, "main's last line was not the last line: join() did not wait");
    }
}
