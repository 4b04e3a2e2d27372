package concur.catalog;

import java.time.Duration;
import java.util.Optional;

/**
 * One demo of a lesson: a plain Java class with a {@code main} method, and the optional check that
 * verifies, headless, that a run of it showed what the prose claims.
 *
 * @param id         how the prose refers to it ({@code @run id})
 * @param title      the heading shown before it runs
 * @param className  the demo class, run as a learner would run it
 * @param checkClass the class implementing {@code concur.check.DemoCheck}, if any
 * @param process    whether it runs in concur's JVM or in a child JVM of its own
 * @param stopAfter  for a child JVM that is meant not to exit by itself: how long after its first line concur ends
 *                   it, as part of the demo
 * @param outcomes   for a demo that repeats a racy experiment: how to read and grade each trial's outcome
 * @param line       where lesson.yaml declares it, for error messages
 */
public record DemoSpec(String id, String title, String className, Optional<String> checkClass, DemoProcess process,
        Optional<Duration> stopAfter, Optional<Outcomes> outcomes, int line) {

    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Where a demo runs: the daemons lesson needs a JVM that can really exit. */
    public enum DemoProcess {
        IN_PROCESS,
        CHILD_JVM
    }
}
