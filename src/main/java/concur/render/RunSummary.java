package concur.render;

import concur.runner.ThreadLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures every demo run shows at its end: who printed how much, and how often the output changed hands. */
public final class RunSummary {
    private static final int MAX_THREADS_NAMED = 6;

    private RunSummary() {}

    public static String describe(List<ThreadLine> lines) {
        Map<String, Integer> perThread = new LinkedHashMap<>();
        int switches = 0;
        String previous = null;
        for (ThreadLine line : lines) {
            perThread.merge(line.thread(), 1, Integer::sum);
            if (previous != null && !previous.equals(line.thread())) {
                switches++;
            }
            previous = line.thread();
        }
        if (perThread.isEmpty()) {
            return "nothing printed";
        }
        String who = perThread.entrySet().stream().limit(MAX_THREADS_NAMED)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (perThread.size() > MAX_THREADS_NAMED) {
            who += " and " + (perThread.size() - MAX_THREADS_NAMED) + " more threads";
        }
        String plural = switches == 1 ? "" : "s";
        return "lines by thread: " + who + "; the output switched threads " + switches + " time" + plural;
    }
}
