package concur.render;

import concur.console.Style;
import concur.runner.ThreadLine;
import java.util.HashMap;
import java.util.Map;

/**
 * Formats demo lines as aligned lanes: time since start, the printing thread (one colour per thread), its text.
 * <pre>  0.013s  Thread-0  │ 7</pre>
 */
public final class ThreadLanes {
    private static final int MIN_NAME_WIDTH = 8;
    private final Style style;
    private final Map<String, Integer> laneOfThread = new HashMap<>();
    private int nameWidth = MIN_NAME_WIDTH;

    public ThreadLanes(Style style) {
        this.style = style;
    }

    /** The column where the text of the lines formatted so far starts: where a wrapped line goes on. */
    public int textColumn() {
        return 8 + 2 + nameWidth + 3;
    }

    public String format(ThreadLine line) {
        int lane = laneOfThread.computeIfAbsent(line.thread(), t -> laneOfThread.size());
        nameWidth = Math.max(nameWidth, Math.min(line.thread().length(), 24));
        String name = TextWrap.padRight(clip(line.thread(), 24), nameWidth);
        String time = String.format("%7.3fs", line.nanos() / 1e9);
        String text = line.stderr() ? style.red(line.text()) : line.text();
        return style.dim(time) + "  " + style.lane(lane, name) + " " + style.dim(style.bar()) + " " + text;
    }

    private static String clip(String name, int width) {
        return name.length() <= width ? name : name.substring(0, width - 1) + "~";
    }
}
