package concur.render;

import concur.console.Style;
import concur.runner.ThreadActivity;
import concur.runner.ThreadSample;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws what each demo thread did over the demo's time, one lane a thread, from sampled states: when it ran, was
 * blocked on a lock, waited, slept, and when it ended.
 */
public final class Timeline {
    /** A demo quicker than this is over before sampling every few milliseconds can say anything about it. */
    public static final java.time.Duration SHORTEST = java.time.Duration.ofMillis(100);
    private static final int MAX_NAME = 16;
    /** More lanes than this would push the demo's own output off the screen. */
    static final int MAX_LANES = 12;
    /** Which state a column shows when its samples disagree equally: the rarer, more telling one. */
    private static final List<ThreadActivity> PRIORITY = List.of(ThreadActivity.BLOCKED, ThreadActivity.RUNNING,
            ThreadActivity.WAITING, ThreadActivity.SLEEPING);
    private final Style style;

    public Timeline(Style style) {
        this.style = style;
    }

    /** The chart, fitted to {@code width} columns; empty when there is nothing to draw. */
    public List<String> render(List<ThreadSample> samples, long totalNanos, int width) {
        Map<String, List<ThreadSample>> byThread = new LinkedHashMap<>();
        for (ThreadSample sample : samples) {
            byThread.computeIfAbsent(sample.thread(), t -> new ArrayList<>()).add(sample);
        }
        if (byThread.isEmpty() || totalNanos <= 0) {
            return List.of();
        }
        int nameWidth = Math.min(MAX_NAME, byThread.keySet().stream().mapToInt(String::length).max().orElse(4));
        int columns = Math.max(10, width - nameWidth - 4);
        double perColumn = (double) totalNanos / columns;
        List<String> lines = new ArrayList<>();
        lines.addAll(TextWrap.fit(style.bold("Timeline") + style.dim(String.format(Locale.ROOT,
                " of the threads: 0 to %.2f s, one column = %s", totalNanos / 1e9, duration(perColumn))), width));
        int drawn = 0;
        for (Map.Entry<String, List<ThreadSample>> lane : inLaneOrder(byThread)) {
            if (drawn++ == MAX_LANES) {
                lines.add(style.dim(" ".repeat(nameWidth + 2) + "... and " + (byThread.size() - MAX_LANES) + " more threads"));
                break;
            }
            ThreadActivity[] cells = cells(lane.getValue(), columns, perColumn);
            StringBuilder row = new StringBuilder(pad(lane.getKey(), nameWidth)).append(' ').append(style.dim(style.bar()));
            for (ThreadActivity cell : cells) {
                row.append(glyph(cell));
            }
            lines.add(row.toString());
        }
        lines.addAll(legend(nameWidth + 2, width));
        return lines;
    }

    /**
     * The lanes in the order their threads first ran, except that numbered names of one kind (adder-1 to adder-4,
     * worker-1, worker-2) stay together, by number, where the first of them appeared.
     */
    static List<Map.Entry<String, List<ThreadSample>>> inLaneOrder(Map<String, List<ThreadSample>> byThread) {
        Map<String, Integer> kindOrder = new LinkedHashMap<>();
        for (String name : byThread.keySet()) {
            kindOrder.putIfAbsent(kind(name), kindOrder.size());
        }
        List<Map.Entry<String, List<ThreadSample>>> lanes = new ArrayList<>(byThread.entrySet());
        lanes.sort(java.util.Comparator.<Map.Entry<String, List<ThreadSample>>>comparingInt(e -> kindOrder.get(kind(e.getKey())))
                .thenComparingLong(e -> number(e.getKey())));
        return lanes;
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("(.*?)(\\d{1,9})");

    private static String kind(String name) {
        var m = NUMBERED.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    private static long number(String name) {
        var m = NUMBERED.matcher(name);
        return m.matches() ? Long.parseLong(m.group(2)) : 0;
    }

    /** What each glyph means, under the lanes; an entry is never split, and they go on a line below when narrow. */
    private List<String> legend(int indent, int width) {
        List<String> entries = List.of(glyph(ThreadActivity.RUNNING) + " running", glyph(ThreadActivity.BLOCKED)
                + " blocked on a lock", glyph(ThreadActivity.WAITING) + " waiting", glyph(ThreadActivity.SLEEPING) + " sleeping");
        String margin = " ".repeat(Math.min(indent, width / 2));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(margin);
        for (String entry : entries) {
            boolean first = line.length() == margin.length();
            if (!first && TextWrap.visibleLength(line + "  " + entry) > width) {
                lines.add(line.toString());
                line = new StringBuilder(margin);
                first = true;
            }
            line.append(first ? "" : "  ").append(entry);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The state each column shows; null where no thread of the lane's name was alive. A name may live more than
     * once (a demo's trials start adder-1 to adder-4 afresh each time): the lane shows each life, and the gaps
     * between them.
     */
    static ThreadActivity[] cells(List<ThreadSample> samples, int columns, double perColumn) {
        List<Map<ThreadActivity, Integer>> counts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            counts.add(new EnumMap<>(ThreadActivity.class));
        }
        boolean[] sampled = new boolean[columns];
        boolean[] endsThere = new boolean[columns]; // the column's last sample says the thread had ended
        for (ThreadSample sample : samples) {
            int column = (int) Math.min(columns - 1, sample.nanos() / perColumn);
            sampled[column] = true;
            endsThere[column] = sample.activity() == ThreadActivity.ENDED;
            if (sample.activity() != ThreadActivity.ENDED) {
                counts.get(column).merge(sample.activity(), 1, Integer::sum);
            }
        }
        ThreadActivity[] cells = new ThreadActivity[columns];
        ThreadActivity previous = null;
        boolean alive = false;
        for (int c = 0; c < columns; c++) {
            ThreadActivity most = mostFrequent(counts.get(c));
            if (most != null) {
                cells[c] = most;
                previous = most;
            } else if (alive && !sampled[c]) {
                cells[c] = previous; // no sample fell in this column: it went on as before
            }
            if (sampled[c]) {
                alive = !endsThere[c];
            }
        }
        return cells;
    }

    private static ThreadActivity mostFrequent(Map<ThreadActivity, Integer> counts) {
        ThreadActivity best = null;
        int bestCount = 0;
        for (ThreadActivity activity : PRIORITY) {
            int count = counts.getOrDefault(activity, 0);
            if (count > bestCount) {
                best = activity;
                bestCount = count;
            }
        }
        return best;
    }

    private String glyph(ThreadActivity activity) {
        if (activity == null || activity == ThreadActivity.ENDED) {
            return " ";
        }
        boolean u = style.unicode();
        return switch (activity) {
            case RUNNING -> style.green(u ? "█" : "#");
            case BLOCKED -> style.red(u ? "▓" : "X");
            case WAITING -> style.yellow(u ? "░" : "-");
            default -> style.dim(u ? "·" : ".");
        };
    }

    private static String duration(double nanos) {
        if (nanos >= 1e9) {
            return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
        }
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f us", nanos / 1e3);
    }

    private static String pad(String name, int width) {
        String clipped = name.length() <= width ? name : name.substring(0, width - 1) + "~";
        return clipped + " ".repeat(width - clipped.length());
    }
}
