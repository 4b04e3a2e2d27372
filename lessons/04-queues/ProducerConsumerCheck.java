package concur.lessons.queues;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import concur.runner.ThreadLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Every item is consumed exactly once and in order, the pill ends the consumer, and main ends last. */
public class ProducerConsumerCheck implements DemoCheck {
    private static final List<Integer> ONE_TO_8 = IntStream.rangeClosed(1, 8).boxed().toList();
    private static final Pattern PUT = Pattern.compile("^putting (-?\\d+)$");
    private static final Pattern TOOK = Pattern.compile("^took (-?\\d+) after waiting \\d+ ms$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> producer = run.textsOf("producer");
        List<String> consumer = run.textsOf("consumer");
        verdict.require(items(producer, PUT).equals(ONE_TO_8), "the producer did not put 1 to 8 in order: " + producer);
        verdict.require(items(consumer, TOOK).equals(ONE_TO_8),
                "the consumer did not take 1 to 8, each once and in order: " + consumer);
        verdict.require(!consumer.isEmpty() && consumer.get(consumer.size() - 1).equals("poison pill: stopping after 8 items"),
                "the consumer was not ended by the poison pill after 8 items");
        verdict.require(run.textsOf("main").equals(List.of("producer and consumer are done"))
                && run.lastIndexOf("main").orElse(-1) == run.lines().size() - 1, "main did not print last");
        for (int item : ONE_TO_8) { // printed before put(item), which happens-before the take that returns it
            int putting = firstIndex(run, "producer", Pattern.compile("^putting " + item + "$"));
            int took = firstIndex(run, "consumer", Pattern.compile("^took " + item + " "));
            verdict.require(putting < took, "'took " + item + "' came before 'putting " + item + "'");
        }
        // Both threads ran at once if the consumer took an item before the producer's last put: likely, not promised.
        int firstTook = firstIndex(run, "consumer", TOOK);
        int lastPut = run.lastIndexOf("producer").orElse(-1);
        verdict.measure("consumer_took_before_last_put", firstTook >= 0 && firstTook < lastPut ? 1 : 0);
        int switches = 0;
        List<ThreadLine> lines = run.lines().stream().filter(l -> !l.thread().equals("main")).toList();
        for (int i = 1; i < lines.size(); i++) {
            switches += lines.get(i).thread().equals(lines.get(i - 1).thread()) ? 0 : 1;
        }
        verdict.measure("producer_consumer_switches", switches);
    }

    static List<Integer> items(List<String> texts, Pattern pattern) {
        return texts.stream().map(pattern::matcher).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).toList();
    }

    static int firstIndex(Transcript run, String thread, Pattern pattern) {
        for (int i = 0; i < run.lines().size(); i++) {
            ThreadLine line = run.lines().get(i);
            if (line.thread().equals(thread) && pattern.matcher(line.text()).find()) {
                return i;
            }
        }
        return -1;
    }
}
