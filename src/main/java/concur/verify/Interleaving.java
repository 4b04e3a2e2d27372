package concur.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interleaving that broke the learner's code, read from Lincheck's detailed trace: each step with its thread, the
 * operation it belongs to, and, where the step ran a line of the learner's file, that line and the value read or
 * written.
 */
record Interleaving(int threads, List<Step> steps, boolean deadlock, boolean hung) {

    /**
     * One step on one thread.
     *
     * @param line the line in the learner's file, 0 when the step is not there (an operation starting, a result)
     * @param after whether it ran after every thread had finished (the calls that read the final state)
     */
    record Step(int thread, String text, int line, boolean operation, boolean after, String method) {
        /** Whether the step ran in the learner's file (line 0: entering a synchronized method). */
        boolean mine() {
            return method != null;
        }
    }

    private static final Pattern AT = Pattern.compile("^(.*) at [\\w$]+\\.([\\w$<>]+)\\(([\\w$]+\\.java):(\\d+)\\)$");

    /** Reads the detailed trace of Lincheck's report; empty steps when there is none. */
    static Interleaving parse(String report, String fileName) {
        List<String> rows = detailedTable(report);
        List<Step> steps = new ArrayList<>();
        int threads = 0;
        int separators = 0;
        for (String row : rows) {
            String trimmed = row.strip();
            if (trimmed.matches("\\|\\s*-+\\s*\\|")) {
                separators++;
                continue;
            }
            String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
            if (separators == 1 && threads == 0) {
                threads = cells.length;
                continue;
            }
            if (separators < 2) {
                continue;
            }
            for (int t = 0; t < cells.length; t++) {
                String cell = cells[t];
                if (cell.isBlank()) {
                    continue;
                }
                int indent = cell.length() - cell.stripLeading().length() - 1;
                String text = cell.strip();
                Matcher at = AT.matcher(text);
                int line = 0;
                String method = null;
                if (at.matches()) {
                    if (!at.group(3).equals(fileName)) {
                        continue; // the scenario's own wrapper calls: not the learner's code
                    }
                    text = at.group(1);
                    method = at.group(2);
                    line = Integer.parseInt(at.group(4));
                } else if (indent > 0 && !text.startsWith("switch") && !text.startsWith("result:")) {
                    continue; // a step inside the JDK or Lincheck's own code
                }
                steps.add(new Step(t + 1, text, line, indent <= 0, separators > 2, method));
            }
        }
        return new Interleaving(Math.max(threads, 1), steps, report.contains("in deadlock"), report.contains("has hung"));
    }

    private static List<String> detailedTable(String report) {
        List<String> lines = report.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Detailed trace")) {
                start = i + 1;
            }
        }
        if (start < 0) {
            // no detailed trace: the shorter interleaving table is the next best
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("The following interleaving")) {
                    start = i + 1;
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (int i = Math.max(start, 0); start >= 0 && i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    /** The threads that never finished: their operation is marked hung. */
    List<Integer> hungThreads() {
        List<Integer> hung = new ArrayList<>();
        for (Step s : steps) {
            if (s.operation() && s.text().contains("<hung>") && !hung.contains(s.thread())) {
                hung.add(s.thread());
            }
        }
        return hung;
    }

    /** Whether every hung thread is waiting to be woken (wait, park) rather than for a lock. */
    boolean lostWakeup() {
        List<Integer> hung = hungThreads();
        return !hung.isEmpty() && hung.stream().allMatch(t -> lastOf(t).map(s -> waits(s.text())).orElse(false));
    }

    /** Whether this is where a hung thread stopped for good. */
    boolean stuckAt(Step step) {
        return hungThreads().contains(step.thread()) && lastOf(step.thread()).map(last -> last == step).orElse(false);
    }

    private java.util.Optional<Step> lastOf(int thread) {
        Step last = null;
        for (Step s : steps) {
            if (s.thread() == thread && s.mine() && !s.after()) {
                last = s;
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    /**
     * For each hung thread: the learner's lines where it took a lock it still holds, and the line where it waits.
     * A thread's last step is where it stopped.
     */
    List<String> whoWaits(String source) {
        List<String> lines = new ArrayList<>();
        for (int t : hungThreads()) {
            List<Step> mine = new ArrayList<>();
            for (Step s : steps) {
                if (s.thread() == t && s.mine() && !s.after()) {
                    mine.add(s);
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            Step stop = mine.get(mine.size() - 1);
            List<Step> held = new ArrayList<>();
            for (Step s : mine.subList(0, mine.size() - 1)) {
                if (acquires(s.text())) {
                    held.add(s);
                } else if (releases(s.text()) && !held.isEmpty()) {
                    held.remove(held.size() - 1);
                }
            }
            StringBuilder sb = new StringBuilder("thread " + t);
            if (!held.isEmpty()) {
                sb.append(" holds the lock taken at ").append(String.join(" and ", held.stream().map(s -> where(source, s)).toList()))
                        .append(" and");
            }
            if (waits(stop.text())) {
                sb.append(" waits at ").append(where(source, stop)).append(" for a wake-up that no thread will send");
            } else {
                sb.append(" waits for a lock at ").append(where(source, stop));
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    static String where(String source, Step s) {
        return s.line() > 0 ? "line " + s.line() + " (" + code(source, s.line()) + ")" : "the start of " + s.method() + "()";
    }

    private static boolean waits(String text) {
        return text.startsWith("WAIT") || text.startsWith("PARK") || text.matches(".*\\.(await|wait|park|take|join|acquire)\\(.*");
    }

    private static boolean acquires(String text) {
        return text.startsWith("MONITORENTER") || text.matches(".*\\.(lock|lockInterruptibly)\\(\\).*");
    }

    private static boolean releases(String text) {
        return text.startsWith("MONITOREXIT") || text.matches(".*\\.unlock\\(\\).*");
    }

    static String code(String source, int line) {
        return source.lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
    }
}
