package concur.lessons.queues;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In both halves every item is consumed once and in order. With capacity 2 the queue never holds more than 2, and
 * the producer is never more than 3 items ahead of what the consumer printed: put(n) can only return once item
 * n - 2 has been taken, and the consumer printed "took n - 3" before it took that.
 */
public class BackPressureCheck implements DemoCheck {
    private static final Pattern PUT = Pattern.compile("^put (\\d+) after blocking (\\d+) ms; (\\d+) in the queue$");
    private static final Pattern TOOK = Pattern.compile("^took (\\d+)$");
    private static final Pattern DONE = Pattern.compile("^done; blocked in put\\(\\) for (\\d+) ms in all$");
    private static final List<Integer> ONE_TO_6 = List.of(1, 2, 3, 4, 5, 6);

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<ThreadLine> lines = run.lines();
        int bounded = run.indexOf(Pattern.compile("^ArrayBlockingQueue with capacity 2:$")).orElse(-1);
        if (run.indexOf(Pattern.compile("^unbounded LinkedBlockingQueue:$")).orElse(-1) != 0 || bounded < 0) {
            verdict.fail("main did not print its two headings");
            return;
        }
        List<ThreadLine> unboundedHalf = lines.subList(1, bounded);
        List<ThreadLine> boundedHalf = lines.subList(bounded + 1, lines.size());
        everyItemOnceInOrder("unbounded", unboundedHalf, verdict);
        everyItemOnceInOrder("capacity 2", boundedHalf, verdict);
        verdict.require(numbers(boundedHalf, "producer", PUT, 3).stream().allMatch(n -> n <= 2),
                "the bounded queue held more than its capacity of 2");
        int took = 0;
        for (ThreadLine line : boundedHalf) {
            took += line.thread().equals("consumer") && TOOK.matcher(line.text()).matches() ? 1 : 0;
            Matcher put = PUT.matcher(line.text());
            if (line.thread().equals("producer") && put.matches()) {
                int item = Integer.parseInt(put.group(1));
                verdict.require(item - took <= 3, "the producer put " + item + " when only " + took + " were taken");
            }
        }
        verdict.measure("unbounded_peak_size", numbers(unboundedHalf, "producer", PUT, 3).stream().mapToInt(n -> n).max().orElse(0));
        verdict.measure("unbounded_blocked_ms", numbers(unboundedHalf, "producer", DONE, 1).stream().findFirst().orElse(-1));
        verdict.measure("bounded_blocked_ms", numbers(boundedHalf, "producer", DONE, 1).stream().findFirst().orElse(-1));
    }

    private static void everyItemOnceInOrder(String name, List<ThreadLine> half, Verdict verdict) {
        verdict.require(numbers(half, "producer", PUT, 1).equals(ONE_TO_6), name + ": the producer did not put 1 to 6");
        verdict.require(numbers(half, "consumer", TOOK, 1).equals(ONE_TO_6),
                name + ": the consumer did not take 1 to 6, each once and in order");
        verdict.require(numbers(half, "producer", DONE, 1).size() == 1, name + ": the producer did not finish");
    }

    private static List<Integer> numbers(List<ThreadLine> lines, String thread, Pattern pattern, int group) {
        return lines.stream().filter(l -> l.thread().equals(thread)).map(l -> pattern.matcher(l.text()))
                .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(group))).toList();
    }
}
