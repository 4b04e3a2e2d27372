package concur.cli;

import concur.console.Console;
import concur.console.Style;
import concur.runner.ThreadActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

/**
 * A status bar at the bottom of the terminal while a demo runs: each demo thread and what it is doing now. Lines
 * the demo prints scroll above it. Only the renderer thread touches it.
 */
final class LiveStatus implements AutoCloseable {
    private static final int MAX_THREADS = 8;
    private final Status status;
    private final Style style;
    private final IntSupplier width;

    private LiveStatus(Status status, Style style, IntSupplier width) {
        this.status = status;
        this.style = style;
        this.width = width;
    }

    /**
     * A status bar on {@code terminal}, or null when the terminal cannot show one.
     *
     * @param width the columns to fill, asked at every update so that a resize is followed (JLine cuts what still
     *              overflows at a cell boundary, never inside an escape)
     */
    static LiveStatus open(Terminal terminal, Style style, IntSupplier width) {
        if (!style.color() || terminal.getHeight() < 10 || terminal.getWidth() < Console.MIN_WIDTH) {
            return null;
        }
        Status status = Status.getStatus(terminal, true);
        return status == null ? null : new LiveStatus(status, style, width);
    }

    void show(Map<String, ThreadActivity> threads) {
        StringBuilder line = new StringBuilder();
        int columns = width.getAsInt();
        int visible = 0;
        int shown = 0;
        for (Map.Entry<String, ThreadActivity> entry : threads.entrySet()) {
            String part = entry.getKey() + " " + word(entry.getValue());
            if (shown == MAX_THREADS || visible + part.length() + 3 > columns - 12) {
                line.append(style.dim("  +" + (threads.size() - shown) + " more"));
                break;
            }
            line.append(visible == 0 ? "" : style.dim(" · ")).append(entry.getKey()).append(' ').append(colored(entry.getValue()));
            visible += part.length() + 3;
            shown++;
        }
        List<AttributedString> lines = new ArrayList<>();
        lines.add(AttributedString.fromAnsi(threads.isEmpty() ? style.dim("starting...") : line.toString()));
        status.update(lines);
    }

    private String colored(ThreadActivity activity) {
        String word = word(activity);
        return switch (activity) {
            case RUNNING -> style.green(word);
            case BLOCKED -> style.red(word);
            case WAITING -> style.yellow(word);
            default -> style.dim(word);
        };
    }

    private static String word(ThreadActivity activity) {
        return activity == ThreadActivity.BLOCKED ? "blocked on a lock" : activity.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        status.update(List.of());
        status.close();
    }
}
