package concur.runner;

import java.time.Duration;
import java.util.List;

/**
 * What a demo run produced.
 *
 * @param outcome  how it ended
 * @param lines    every line its threads printed, in order
 * @param elapsed  wall time from start to end
 * @param problems what went wrong, one entry a problem (an exception, a leaked thread, the stacks at a timeout)
 * @param samples  the states of its threads over time, when they were sampled
 */
public record DemoResult(DemoOutcome outcome, List<ThreadLine> lines, Duration elapsed, List<String> problems,
        List<ThreadSample> samples) {

    public DemoResult {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        samples = List.copyOf(samples);
    }

    public DemoResult(DemoOutcome outcome, List<ThreadLine> lines, Duration elapsed, List<String> problems) {
        this(outcome, lines, elapsed, problems, List.of());
    }

    public boolean completed() {
        return outcome == DemoOutcome.COMPLETED && problems.isEmpty();
    }
}
