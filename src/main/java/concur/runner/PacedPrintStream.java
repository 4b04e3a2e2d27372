package concur.runner;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The System.out a paced demo gets: after each println, the printing thread pauses. The pause comes after the
 * stream's lock is released, so other threads print meanwhile and the interleaving stays a real race.
 */
final class PacedPrintStream extends PrintStream {
    private final long pauseNanos;

    PacedPrintStream(OutputStream out, Pace pace) {
        super(out, true, StandardCharsets.UTF_8);
        this.pauseNanos = pace.pausePerLine().toNanos();
    }

    static PrintStream of(OutputStream out, Pace pace) {
        return pace.paused() ? new PacedPrintStream(out, pace) : new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private void pause() {
        try {
            Thread.sleep(java.time.Duration.ofNanos(pauseNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the demo's own code sees it, as it would any interrupt
        }
    }

    @Override
    public void println() {
        super.println();
        pause();
    }

    @Override
    public void println(boolean x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(char x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(int x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(long x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(float x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(double x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(char[] x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(String x) {
        super.println(x);
        pause();
    }

    @Override
    public void println(Object x) {
        super.println(x);
        pause();
    }
}
