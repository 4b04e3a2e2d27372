package concur.runner;

/** Lets another thread (a Ctrl-C handler) ask a running demo to stop. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
