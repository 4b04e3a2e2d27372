package concur.runner;

/**
 * One observation of one demo thread.
 *
 * @param nanos    nanoseconds since the demo started
 * @param thread   the thread's name
 * @param activity what it was doing
 */
public record ThreadSample(long nanos, String thread, ThreadActivity activity) {}
