package concur.runner;

import java.time.Duration;

/**
 * How to run one demo.
 *
 * @param timeout       its time budget (a paced run gets longer)
 * @param pace          slow motion, or full speed
 * @param sampleThreads record its threads' states for a timeline
 */
public record RunSettings(Duration timeout, Pace pace, boolean sampleThreads) {

    public static RunSettings of(Duration timeout) {
        return new RunSettings(timeout, Pace.NORMAL, false);
    }
}
