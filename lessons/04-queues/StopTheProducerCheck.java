package concur.lessons.queues;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interrupted producer kept its interrupt flag set and sent the pill from finally; the consumer took every item
 * the producer sent, in order, then the pill, and both threads ended. How many items got made before the interrupt
 * depends on timing and is measured.
 */
public class StopTheProducerCheck implements DemoCheck {
    private static final Pattern STOPPED =
            Pattern.compile("^stopped after (\\d+) items, pill sent; interrupted: (true|false)$");
    private static final Pattern PILL = Pattern.compile("^poison pill: stopping after (\\d+) items$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> producer = run.textsOf("producer");
        Matcher stopped = producer.size() == 1 ? STOPPED.matcher(producer.get(0)) : null;
        if (stopped == null || !stopped.matches()) {
            verdict.fail("the producer did not report, once, that it stopped and sent the pill: " + producer);
            return;
        }
        int sent = Integer.parseInt(stopped.group(1));
        verdict.require(stopped.group(2).equals("true"), "the producer lost its interrupt flag");

        List<String> consumer = run.textsOf("consumer");
        List<String> expected = new ArrayList<>();
        for (int item = 1; item <= sent; item++) {
            expected.add("took " + item);
        }
        expected.add("poison pill: stopping after " + sent + " items");
        verdict.require(consumer.equals(expected),
                "the consumer did not take items 1 to " + sent + " in order and then the pill: " + consumer);
        verdict.require(run.textsOf("main").equals(List.of("interrupting the producer", "both threads have ended")),
                "main did not interrupt the producer and see both threads end");
        int interrupted = run.indexOf(Pattern.compile("^interrupting the producer$")).orElse(-1);
        int pillSent = run.indexOf(STOPPED).orElse(-1);
        verdict.require(interrupted >= 0 && pillSent > interrupted, "the producer stopped before it was interrupted");
        verdict.require(run.indexOf(PILL).orElse(-1) >= 0, "the consumer never took the pill");
        verdict.measure("items_before_interrupt", sent);
    }
}
