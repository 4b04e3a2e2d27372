package concur.console;

import concur.render.TextWrap;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.IntSupplier;

/**
 * Passes text on a line at a time, each line fitted to the width of the moment. For output that concur does not lay
 * out itself, such as picocli's help, which will not lay out narrower than 55 columns.
 */
public final class FittingWriter extends Writer {
    private final PrintWriter target;
    private final IntSupplier width;
    private final StringBuilder line = new StringBuilder();

    public FittingWriter(PrintWriter target, IntSupplier width) {
        this.target = target;
        this.width = width;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit(true);
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit(boolean newline) {
        var lines = TextWrap.fit(line.toString(), width.getAsInt());
        for (int i = 0; i < lines.size(); i++) {
            target.print(lines.get(i));
            if (newline || i < lines.size() - 1) {
                target.println();
            }
        }
        line.setLength(0);
    }

    @Override
    public synchronized void flush() {
        if (!line.isEmpty()) {
            emit(false);
        }
        target.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
