package concur.cli;

import concur.console.Console;
import concur.verify.VerdictFormat;
import concur.verify.Verifier;
import java.io.PrintWriter;

/**
 * The one line on a terminal that says which step a verification is at: each step replaces it, and the verdict
 * replaces the last. It is cut to fit one line, but a terminal made narrower while it shows rewraps it over several
 * rows (tmux, VTE, iTerm2, kitty and Windows Terminal do), and a carriage return reaches only the last of them; so
 * it is erased from the first row it takes at the width the terminal has now.
 */
final class ProgressLine implements Verifier.Progress {
    private final Console console;
    private int shown;

    ProgressLine(Console console) {
        this.console = console;
    }

    @Override
    public void step(String what) {
        String text = VerdictFormat.progress(what, console.width());
        PrintWriter out = console.out();
        out.print(erase() + console.style().dim(text));
        out.flush();
        shown = text.codePointCount(0, text.length());
    }

    /** Erases the line, leaving the cursor where it began, for the verdict. */
    void clear() {
        console.out().print(erase());
        console.out().flush();
        shown = 0;
    }

    private String erase() {
        int width = console.width();
        int rows = shown <= width ? 1 : (shown + width - 1) / width;
        return "\r" + (rows > 1 ? "\033[" + (rows - 1) + "A" : "") + "\033[J";
    }
}
