package concur.runner;

/** How a demo run ended. */
public enum DemoOutcome {
    /** main returned and every non-daemon thread it started ended. */
    COMPLETED,
    /** main or another demo thread threw. */
    FAILED,
    /** it ran past its time budget and was stopped. */
    TIMEOUT,
    /** the user stopped it (Ctrl-C). */
    INTERRUPTED
}
