package concur.console;

import concur.render.TextWrap;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Passes text on a line at a time, each line word-wrapped to the width of the moment, so that no line is ever cut
 * mid-word by the terminal: the console's own output on a terminal (hints, prompts, a demo's long lines, picocli's
 * help, which will not lay out narrower than 55 columns). A line that fits is passed on as it is.
 *
 * <p>A line may be written in parts, a prompt flushed before the answer is typed: what was flushed is laid out
 * then, and the rest of the line goes on from the column where it stopped. A carriage return goes back to the
 * start of the line as written, even when it took several rows, and clears them, so a line redrawn in place (a
 * progress line) never leaves its wrapped rows behind.
 */
public final class FittingWriter extends Writer {
    private final PrintWriter target;
    private final IntSupplier width;
    private final StringBuilder line = new StringBuilder();
    /** Columns of the current row already on the screen, from a part of the line flushed earlier. */
    private int column;
    /** Rows below the first that the current line has taken on the screen so far. */
    private int rowsBelow;

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
            } else if (c == '\r') {
                returnToStart();
            } else {
                line.append(c);
            }
        }
    }

    private void returnToStart() {
        if (!line.isEmpty()) {
            emit(false);
        }
        if (rowsBelow > 0) {
            target.print("\033[" + rowsBelow + "A\r\033[J");
        } else {
            target.print('\r');
        }
        column = 0;
        rowsBelow = 0;
    }

    private void emit(boolean newline) {
        String text = line.toString();
        line.setLength(0);
        int columns = width.getAsInt();
        List<String> rows;
        if (column == 0) {
            rows = TextWrap.fit(text, columns);
        } else if (column + TextWrap.visibleLength(text) <= columns) {
            rows = List.of(text);
        } else {
            rows = continued(text, columns);
        }
        for (int i = 0; i < rows.size(); i++) {
            target.print(rows.get(i));
            if (newline || i < rows.size() - 1) {
                target.println();
            }
        }
        if (newline) {
            column = 0;
            rowsBelow = 0;
        } else {
            rowsBelow += rows.size() - 1;
            String last = rows.get(rows.size() - 1);
            column = (rows.size() == 1 ? column : 0) + TextWrap.visibleLength(last);
        }
    }

    /**
     * The rest of a line begun earlier, which does not fit in the room left on its row: the words that fit stay on
     * that row, the others are laid out on rows of their own (an empty first row when not even one word fits).
     */
    private List<String> continued(String text, int columns) {
        int room = columns - column;
        int cut = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (TextWrap.visibleLength(text.substring(0, i)) > room) {
                    break;
                }
                cut = i;
            }
        }
        List<String> rows = new java.util.ArrayList<>();
        rows.add(text.substring(0, cut));
        rows.addAll(TextWrap.fit(text.substring(cut).stripLeading(), columns, 0));
        return rows;
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
