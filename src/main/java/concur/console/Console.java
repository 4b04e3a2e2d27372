package concur.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * Everything a command may print to or read from, handed to it: transcript on {@link #out()}, diagnostics on
 * {@link #err()}, answers from {@link #in()} or, when a person is at a terminal, from {@link #terminal()}.
 */
public final class Console {
    private static final int DEFAULT_WIDTH = 80;
    /**
     * The narrowest layout concur draws. A terminal narrower than this (or one that reports 1 column) gets lines of
     * this width, which it wraps itself: nothing is lost, and no renderer has to cope with a handful of columns.
     */
    public static final int MIN_WIDTH = 20;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader in;
    private final Style style;
    private final Supplier<Terminal> terminalFactory;
    private final boolean personAtKeyboard;
    private Terminal terminal;

    /**
     * @param terminalFactory  builds the terminal the first time one is needed; null when stdin and stdout are not
     *                         both a terminal that may be driven with escape sequences, so nothing of that is tried
     * @param personAtKeyboard stdin is a terminal, so it is worth pausing for Enter even without a JLine terminal
     */
    public Console(PrintWriter out, PrintWriter err, BufferedReader in, Style style, Supplier<Terminal> terminalFactory,
            boolean personAtKeyboard) {
        // On a terminal every line is word-wrapped at the width of the moment: the terminal would cut it mid-word.
        this.out = terminalFactory == null ? out : new PrintWriter(new FittingWriter(out, this::width), true);
        this.err = err;
        this.in = in;
        this.style = style;
        this.terminalFactory = terminalFactory;
        this.personAtKeyboard = personAtKeyboard || terminalFactory != null;
    }

    /** Whether a person types the input (stdin is a terminal), as opposed to a pipe or a file. */
    public boolean personAtKeyboard() {
        return personAtKeyboard;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Line input when no terminal is used (a pipe, a file, a test). */
    public BufferedReader in() {
        return in;
    }

    public Style style() {
        return style;
    }

    /** Whether a JLine terminal can be used: stdin and stdout are one, and escape sequences are allowed. */
    public boolean interactive() {
        return terminal().isPresent();
    }

    /** The terminal, built on first use; empty when not {@link #interactive()}. */
    public synchronized Optional<Terminal> terminal() {
        if (terminal == null && terminalFactory != null) {
            terminal = terminalFactory.get();
        }
        return Optional.ofNullable(terminal);
    }

    /**
     * Columns to lay text out in, read afresh on every call so that a resized terminal is followed: the terminal's
     * width when there is one and it knows it, else 80; never less than {@link #MIN_WIDTH}. Every renderer, and
     * picocli's help, take their width from here.
     */
    public int width() {
        int columns;
        try {
            columns = terminal().map(Terminal::getWidth).orElse(0);
        } catch (RuntimeException e) {
            columns = 0; // a terminal that cannot say its size is treated like one that reports 0
        }
        return columns > 0 ? Math.max(MIN_WIDTH, columns) : DEFAULT_WIDTH;
    }

    /**
     * Columns a listing of one entry a line (lessons, exercises, levels) may take before it breaks an entry over
     * several lines: the terminal's {@link #width()}; no limit without a terminal, where scripts read one entry a line.
     */
    public int listingWidth() {
        return interactive() ? width() : Integer.MAX_VALUE;
    }

    /** Reads one line of input, or null at end of input. */
    public String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void close() {
        out.flush(); // outside the lock: the out writer asks for the width, which takes it
        err.flush();
        closeTerminal();
    }

    private synchronized void closeTerminal() {
        if (terminal != null) {
            try {
                terminal.close();
            } catch (IOException e) {
                // The terminal is going away anyway; nothing more to restore.
            }
        }
    }
}
