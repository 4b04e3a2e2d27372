package concur.runner;

/**
 * One line a demo thread printed.
 *
 * @param seq     its place in the order lines were completed; a line printed after another (in happens-before
 *                order) always has a larger seq
 * @param thread  the name of the thread that printed it
 * @param nanos   nanoseconds since the demo started
 * @param text    the line, without its line break
 * @param stderr  whether it went to System.err
 */
public record ThreadLine(long seq, String thread, long nanos, String text, boolean stderr) {}
