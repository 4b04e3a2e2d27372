package concur.verify;

import concur.check.ReportFormat;
import concur.console.Style;
import concur.render.TextWrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a verification for people (text: the breaking interleaving as lanes), scripts (JSON) and CI (JUnit). */
public enum VerdictFormat {
    TEXT, JSON, JUNIT;

    /** How the harness's model results ride along with Lincheck's trace. */
    static final String EXPECTED = "Expected, one call at a time: ";
    /** At most this many lines of what the learner's code printed are shown. */
    static final int PRINTED_LINES = 20;

    public void write(Verification v, PrintWriter out, Style style, int width) {
        switch (this) {
            case TEXT -> out.print(text(v, style, width));
            case JSON -> out.println(json(v));
            case JUNIT -> out.print(junit(List.of(v), "concur verify"));
        }
        out.flush();
    }

    /** The verdict as people read it, fitted to {@code width} columns. */
    public static String text(Verification v, Style style, int columns) {
        int width = Math.max(30, columns);
        StringBuilder sb = new StringBuilder();
        switch (v.status()) {
            case PASSED -> {
                sb.append(style.green(style.check() + " " + v.exercise() + ": verified")).append('\n');
                wrap(sb, v.coverage(), "  ", width);
                List<String> edges = v.races().edges();
                if (!edges.isEmpty()) {
                    wrap(sb, "What orders your threads' steps, as the race detector saw it in your code:", "  ", width);
                    edges.forEach(edge -> wrap(sb, "- " + edge, "    ", width));
                }
            }
            case COMPILE_ERROR -> {
                sb.append(style.red(style.cross() + " " + v.exercise() + ": does not compile")).append('\n');
                for (String error : v.compileErrors()) {
                    for (String line : error.split("\n")) {
                        sb.append("  ").append(clip(line, width - 2)).append('\n');
                    }
                }
            }
            case FAILED, TIMEOUT -> {
                sb.append(style.red(style.cross() + " " + v.exercise() + ": "
                        + (v.status() == Verification.Status.TIMEOUT ? "timed out" : "not yet"))).append('\n');
                wrap(sb, v.message(), "  ", width);
                v.trace().ifPresent(trace -> lanes(sb, v, trace, style, width));
                v.races().race().ifPresent(race -> raceLanes(sb, v, race, style, width));
                if (v.interleavings() > 0 || v.trials() > 0) {
                    wrap(sb, "checked: " + v.coverage(), "  ", width);
                }
            }
        }
        if (v.status() != Verification.Status.COMPILE_ERROR) {
            printed(sb, v.output(), style, width);
        }
        return sb.toString();
    }

    /**
     * What the learner's code printed, under the verdict and set apart from it: a heading that says whose it is, a
     * bar before each line, every control character made visible (so no escape sequence of theirs can redraw the
     * verdict), and at most {@link #PRINTED_LINES} lines.
     */
    private static void printed(StringBuilder sb, PrintedOutput output, Style style, int width) {
        if (output.isEmpty()) {
            return;
        }
        sb.append('\n');
        wrap(sb, "Your code printed (System.out and System.err), in " + output.of() + ":", "  ", width);
        String bar = "  " + style.bar() + " ";
        List<String> lines = output.lines();
        int shown = Math.min(lines.size(), PRINTED_LINES);
        for (int i = 0; i < shown; i++) {
            sb.append(style.dim(bar)).append(clip(PrintedOutput.shown(lines.get(i)), width - bar.length())).append('\n');
        }
        int more = lines.size() - shown + output.more();
        if (more > 0) {
            sb.append("  ").append(style.dim("... " + more + (more == 1 ? " more line" : " more lines"))).append('\n');
        }
    }

    private static void lanes(StringBuilder sb, Verification v, String trace, Style style, int width) {
        Interleaving run = Interleaving.parse(trace, v.fileName());
        if (run.steps().isEmpty()) {
            return;
        }
        int threads = run.threads();
        int lane = (width - 2) / threads;
        boolean side = lane >= 26;
        sb.append('\n');
        wrap(sb, "The interleaving that breaks it (time runs down):", "  ", width);
        if (side) {
            StringBuilder header = new StringBuilder("  ");
            for (int t = 1; t <= threads; t++) {
                header.append(TextWrap.padRight("thread " + t, lane));
            }
            sb.append(style.bold(header.toString().stripTrailing())).append('\n');
        }
        boolean afterShown = false;
        Interleaving.Step previous = null;
        for (Interleaving.Step step : run.steps()) {
            if (step.after() && !afterShown) {
                afterShown = true;
                sb.append("  ").append(style.dim("-- after every thread finished --")).append('\n');
            }
            List<String> cell = new ArrayList<>();
            boolean sameLine = previous != null && previous.mine() && step.mine() && previous.thread() == step.thread()
                    && previous.line() == step.line() && previous.after() == step.after();
            if (step.mine()) {
                if (!sameLine) {
                    cell.add(v.fileName().replace(".java", "") + ":" + step.line() + " "
                            + (step.line() > 0 ? Interleaving.code(v.source(), step.line()) : step.method() + "() begins"));
                }
                String what = run.stuckAt(step) && step.text().startsWith("MONITORENTER") ? "waits for the lock"
                        : value(step.text());
                if (!what.isEmpty()) {
                    cell.add("  " + what);
                }
            } else if (step.text().startsWith("switch")) {
                cell.add("(another thread runs)");
            } else if (!step.text().equals("result: void")) {
                cell.add(step.text().replace(": <hung>", ": never returns"));
            }
            previous = step;
            for (String text : cell) {
                laneLine(sb, text, step.after() ? 0 : step.thread(), side, lane, width,
                        step.operation() ? style::bold : body -> body);
            }
        }
        sb.append('\n');
        if (run.deadlock() || run.hung()) {
            for (String who : run.whoWaits(v.source())) {
                wrap(sb, who, "  ", width);
            }
            wrap(sb, run.lostWakeup() ? "The wake-up came before the wait, and nothing remembered it."
                    : run.deadlock() ? "Each waits for a lock another holds: none can go on." : "These threads never finish.",
                    "  ", width);
        } else {
            String got = resultsAfter(run);
            String expected = expectedIn(trace);
            if (!got.isEmpty()) {
                wrap(sb, "Got " + got + (expected.isEmpty() ? "" : "; one call at a time, it would be " + expected) + ".",
                        "  ", width);
            }
        }
    }

    /** The two accesses of a data race, one lane each, the earlier first. */
    private static void raceLanes(StringBuilder sb, Verification v, RaceCheck.DataRace race, Style style, int width) {
        int lane = (width - 2) / 2;
        boolean side = lane >= 26;
        sb.append('\n');
        wrap(sb, "The two accesses that race (time runs down; nothing orders them):", "  ", width);
        List<RaceCheck.Access> both = List.of(race.earlier(), race.later());
        if (side) {
            sb.append(style.bold(("  " + TextWrap.padRight(clip(race.earlier().thread(), lane - 1), lane)
                    + clip(race.later().thread(), lane - 1)).stripTrailing())).append('\n');
        }
        for (int i = 0; i < 2; i++) {
            RaceCheck.Access a = both.get(i);
            List<String> cell = List.of(v.fileName().replace(".java", "") + ":" + a.line() + " "
                    + Interleaving.code(v.source(), a.line()), "  " + (race.collection()
                            ? "calls " + a.what() + (a.write() ? ", which changes it" : ", which reads it")
                            : (a.write() ? "writes " : "reads ") + a.what()));
            for (String text : cell) {
                laneLine(sb, text, i + 1, side, lane, width, body -> body);
            }
        }
        if (!side) {
            wrap(sb, "T1 is " + race.earlier().thread() + ", T2 is " + race.later().thread() + ".", "  ", width);
        }
        sb.append('\n');
        wrap(sb, race.consequence(), "  ", width);
        wrap(sb, "Order them with happens-before: one lock taken by both, a volatile field, start() and join(), a"
                + " thread-safe collection, a latch or a future.", "  ", width);
    }

    /**
     * One line of a lane: in thread {@code thread}'s column when the lanes stand side by side, else behind "T1 | ";
     * thread 0 is what came after every thread finished, at the left.
     */
    private static void laneLine(StringBuilder sb, String text, int thread, boolean side, int lane, int width,
            java.util.function.UnaryOperator<String> look) {
        if (side) {
            int column = thread == 0 ? 0 : (thread - 1) * lane;
            sb.append("  ").append(" ".repeat(column)).append(look.apply(clip(text, lane - 1))).append('\n');
        } else {
            String prefix = thread == 0 ? "     " : "T" + thread + " | ";
            sb.append("  ").append(prefix).append(clip(text, width - 2 - prefix.length())).append('\n');
        }
    }

    /** A step's read or write in words: "count ➜ 0" reads 0, "count = 1" writes 1. */
    private static String value(String text) {
        if (text.matches(".*[\\w>]#\\d+$") || text.matches("^[\\w$]+\\(.*\\)(: .*)?$")) {
            return ""; // reading a reference (an object, not a value), or a call whose own steps follow
        }
        int read = text.indexOf(" ➜ ");
        if (read > 0) {
            return "reads " + text.substring(0, read) + ": " + text.substring(read + 3);
        }
        if (text.matches("[\\w$.#<>\\[\\]]+ = .*")) {
            return "writes " + text;
        }
        if (text.startsWith("MONITORENTER")) {
            return "takes the lock";
        }
        if (text.startsWith("MONITOREXIT")) {
            return "releases the lock";
        }
        if (text.startsWith("WAIT")) {
            return "waits to be notified";
        }
        if (text.startsWith("NOTIFY")) {
            return text.startsWith("NOTIFY_ALL") ? "notifies all" : "notifies";
        }
        return text;
    }

    private static String resultsAfter(Interleaving run) {
        List<String> results = new ArrayList<>();
        for (Interleaving.Step step : run.steps()) {
            if (step.after() && step.operation()) {
                results.add(step.text());
            }
        }
        return String.join(", ", results);
    }

    private static String expectedIn(String trace) {
        return trace.lines().filter(l -> l.startsWith(EXPECTED)).map(l -> l.substring(EXPECTED.length()))
                .findFirst().orElse("");
    }

    private static void wrap(StringBuilder sb, String text, String indent, int width) {
        for (String paragraph : text.split("\n")) {
            for (String line : TextWrap.wrap(paragraph, width - indent.length())) {
                sb.append(indent).append(line).append('\n');
            }
        }
    }

    /** The progress line for a step, cut to fit one line: a wrapped line could not be cleared with a carriage return. */
    public static String progress(String step, int width) {
        return clip("verifying: " + step + " ...", Math.max(2, width - 1));
    }

    static String clip(String s, int width) {
        if (width < 2 || s.length() <= width) {
            return s;
        }
        return s.substring(0, width - 1) + "…";
    }

    public static String json(Verification v) {
        StringBuilder sb = new StringBuilder("{\"exercise\":").append(ReportFormat.quote(v.exercise()))
                .append(",\"status\":").append(ReportFormat.quote(v.status().label()))
                .append(",\"message\":").append(ReportFormat.quote(v.message()))
                .append(",\"duration_ms\":").append(v.durationMs())
                .append(",\"model_checking\":{\"interleavings\":").append(v.interleavings())
                .append(",\"complete\":").append(v.complete());
        v.modelNote().ifPresent(note -> sb.append(",\"not_done\":").append(ReportFormat.quote(note)));
        sb.append("},\"stress\":{\"trials\":").append(v.trials()).append(",\"threads\":").append(v.threads())
                .append(",\"cores\":").append(v.cores()).append(",\"failures\":").append(v.failures());
        if (!v.measured().isEmpty()) {
            sb.append(",\"measured\":").append(ReportFormat.quote(v.measured()));
        }
        sb.append('}');
        RaceCheck races = v.races();
        sb.append(",\"race_detection\":{\"trials\":").append(races.trials()).append(",\"wakeups\":").append(races.wakeups());
        races.note().ifPresent(note -> sb.append(",\"not_done\":").append(ReportFormat.quote(note)));
        races.race().ifPresent(race -> sb.append(",\"race\":{\"variable\":").append(ReportFormat.quote(race.variable()))
                .append(",\"accesses\":[").append(json(race.earlier(), v)).append(',').append(json(race.later(), v))
                .append("]}"));
        sb.append('}');
        if (!v.compileErrors().isEmpty()) {
            sb.append(",\"compile_errors\":[").append(String.join(",", v.compileErrors().stream().map(ReportFormat::quote).toList())).append(']');
        }
        if (!v.output().isEmpty()) {
            sb.append(",\"output\":{\"of\":").append(ReportFormat.quote(v.output().of())).append(",\"lines\":[")
                    .append(String.join(",", v.output().lines().stream().map(ReportFormat::quote).toList()))
                    .append("],\"more\":").append(v.output().more()).append('}');
        }
        if (v.trace().isPresent() || v.races().race().isPresent()) {
            sb.append(v.trace().isPresent() ? ",\"interleaving\":" : ",\"race_report\":").append(ReportFormat.quote(text(v, Style.PLAIN, 100)));
        }
        return sb.append('}').toString();
    }

    private static String json(RaceCheck.Access a, Verification v) {
        return "{\"thread\":" + ReportFormat.quote(a.thread()) + ",\"at\":" + ReportFormat.quote(v.fileName() + ":" + a.line())
                + ",\"access\":" + ReportFormat.quote(a.write() ? "write" : "read") + ",\"of\":" + ReportFormat.quote(a.what()) + "}";
    }

    public static String junit(List<Verification> all, String suite) {
        long failures = all.stream().filter(v -> !v.passed()).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" time=\"%.3f\">%n",
                ReportFormat.xml(suite), all.size(), failures, all.stream().mapToLong(Verification::durationMs).sum() / 1000.0));
        for (Verification v : all) {
            sb.append(String.format(Locale.ROOT, "  <testcase classname=\"concur.exercises\" name=\"%s\" time=\"%.3f\"",
                    ReportFormat.xml(v.exercise()), v.durationMs() / 1000.0));
            if (v.passed()) {
                sb.append(">\n    <system-out>").append(ReportFormat.xml(v.coverage())).append("</system-out>\n  </testcase>\n");
                continue;
            }
            sb.append(">\n    <failure type=\"").append(v.status().label()).append("\" message=\"")
                    .append(ReportFormat.xml(v.message().lines().findFirst().orElse(""))).append("\">")
                    .append(ReportFormat.xml(text(v, Style.PLAIN, 100))).append("</failure>\n  </testcase>\n");
        }
        return sb.append("</testsuite>\n").toString();
    }
}
