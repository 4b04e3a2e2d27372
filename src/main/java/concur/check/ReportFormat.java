package concur.check;

import concur.console.Style;
import concur.render.TextWrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes check reports for people (text), for scripts (JSON) and for CI servers (JUnit XML). */
public enum ReportFormat {
    TEXT, JSON, JUNIT;

    /**
     * The lessons' reports, then the exercises' (each starter caught and solution verified), then the scheduler-game
     * levels' (none of either when no lesson checked has them).
     *
     * @param width the columns the text report is fitted to (the other formats are data, and never wrapped)
     */
    public void write(CheckResults results, PrintWriter out, Style style, int width) {
        switch (this) {
            case TEXT -> text(results, out, style, width);
            case JSON -> json(results, out);
            case JUNIT -> junit(results, out);
        }
        out.flush();
    }

    private static void text(CheckResults results, PrintWriter out, Style style, int width) {
        List<LessonReport> reports = results.lessons();
        int passed = 0;
        for (LessonReport r : reports) {
            passed += r.passed() ? 1 : 0;
            String head = String.format("%s %-14s %5d ms  %d runs", mark(r.status(), style), r.id(), r.durationMs(), r.runs());
            StringBuilder measured = new StringBuilder();
            r.measurements().forEach((k, v) -> measured.append(' ').append(k).append('=').append(number(v)));
            // one line when it fits; else the measurements go under the lesson, wrapped, so nothing is cut
            if (measured.isEmpty() || TextWrap.visibleLength(head) + 2 + measured.length() <= width) {
                out.println(measured.isEmpty() ? head : head + "  " + measured);
            } else {
                TextWrap.fit(head, width).forEach(out::println);
                TextWrap.fit("   " + measured, width).forEach(out::println);
            }
            for (String message : r.messages()) {
                indented(message, out, width);
            }
        }
        if (!reports.isEmpty() || results.levels().isEmpty()) {
            out.println(passed + " passed, " + (reports.size() - passed) + " failed");
        }
        exercisesText(results.exercises(), out, style, width);
        levelsText(results.levels(), out, style, width);
    }

    private static void exercisesText(List<ExerciseReport> exercises, PrintWriter out, Style style, int width) {
        if (exercises.isEmpty()) {
            return;
        }
        int solved = 0;
        for (ExerciseReport r : exercises) {
            solved += r.passed() ? 1 : 0;
            TextWrap.fit(String.format("%s exercise %-12s %-13s %5d ms", mark(r.status(), style), r.id(), r.lesson(),
                    r.durationMs()), width).forEach(out::println);
            for (String line : r.checked()) {
                indented(line, out, width);
            }
            for (String message : r.messages()) {
                indented(message, out, width);
            }
        }
        out.println("exercises: " + solved + " passed, " + (exercises.size() - solved) + " failed");
    }

    private static void levelsText(List<LevelReport> levels, PrintWriter out, Style style, int width) {
        if (levels.isEmpty()) {
            return;
        }
        int winnable = 0;
        for (LevelReport l : levels) {
            winnable += l.passed() ? 1 : 0;
            TextWrap.fit(String.format("%s level %-22s %s", mark(l.status(), style), l.id(), l.passed() ? "shortest win " + l.shortest() + " steps"
                    : "").stripTrailing(), width).forEach(out::println);
            for (String message : l.messages()) {
                indented(message, out, width);
            }
        }
        out.println("levels: " + winnable + " passed, " + (levels.size() - winnable) + " failed");
    }

    private static String mark(LessonReport.Status status, Style style) {
        return status == LessonReport.Status.PASSED ? style.green(style.check() + " passed ")
                : style.red(style.cross() + " " + TextWrap.padRight(status.label(), 7));
    }

    /** A message under its entry, each of its lines indented and fitted to the width. */
    private static void indented(String message, PrintWriter out, int width) {
        message.lines().forEach(line -> TextWrap.fit("    " + line, width).forEach(out::println));
    }

    private static void json(CheckResults results, PrintWriter out) {
        List<LessonReport> reports = results.lessons();
        StringBuilder sb = new StringBuilder("{\"lessons\":[");
        for (int i = 0; i < reports.size(); i++) {
            LessonReport r = reports.get(i);
            sb.append(i > 0 ? "," : "").append("\n  {\"id\":").append(quote(r.id()))
                    .append(",\"status\":").append(quote(r.status().label()))
                    .append(",\"questions\":").append(r.questions())
                    .append(",\"runs\":").append(r.runs())
                    .append(",\"duration_ms\":").append(r.durationMs())
                    .append(",\"measurements\":{");
            int k = 0;
            for (Map.Entry<String, Double> m : r.measurements().entrySet()) {
                sb.append(k++ > 0 ? "," : "").append(quote(m.getKey())).append(':').append(number(m.getValue()));
            }
            sb.append('}');
            if (!r.messages().isEmpty()) {
                sb.append(",\"message\":").append(quote(String.join("\n", r.messages())));
            }
            sb.append('}');
        }
        sb.append("\n],\"exercises\":[");
        for (int i = 0; i < results.exercises().size(); i++) {
            ExerciseReport r = results.exercises().get(i);
            sb.append(i > 0 ? "," : "").append("\n  {\"id\":").append(quote(r.id()))
                    .append(",\"lesson\":").append(quote(r.lesson()))
                    .append(",\"status\":").append(quote(r.status().label()))
                    .append(",\"duration_ms\":").append(r.durationMs())
                    .append(",\"checked\":[").append(String.join(",", r.checked().stream().map(ReportFormat::quote).toList()))
                    .append(']');
            if (!r.messages().isEmpty()) {
                sb.append(",\"message\":").append(quote(String.join("\n", r.messages())));
            }
            sb.append('}');
        }
        sb.append("\n],\"levels\":[");
        for (int i = 0; i < results.levels().size(); i++) {
            LevelReport l = results.levels().get(i);
            sb.append(i > 0 ? "," : "").append("\n  {\"id\":").append(quote(l.id()))
                    .append(",\"lesson\":").append(quote(l.lessonId()))
                    .append(",\"status\":").append(quote(l.status().label()))
                    .append(",\"shortest_win\":").append(l.shortest())
                    .append(",\"duration_ms\":").append(l.durationMs());
            if (!l.messages().isEmpty()) {
                sb.append(",\"message\":").append(quote(String.join("\n", l.messages())));
            }
            sb.append('}');
        }
        long passed = reports.stream().filter(LessonReport::passed).count();
        long exercisesPassed = results.exercises().stream().filter(ExerciseReport::passed).count();
        long levelsPassed = results.levels().stream().filter(LevelReport::passed).count();
        sb.append("\n],\"passed\":").append(passed).append(",\"failed\":").append(reports.size() - passed)
                .append(",\"exercises_passed\":").append(exercisesPassed).append(",\"exercises_failed\":")
                .append(results.exercises().size() - exercisesPassed)
                .append(",\"levels_passed\":").append(levelsPassed).append(",\"levels_failed\":")
                .append(results.levels().size() - levelsPassed).append("}");
        out.println(sb);
    }

    /** One JUnit test case: a lesson, an exercise or a level. */
    private record TestCase(String classname, String name, LessonReport.Status status, long durationMs,
            List<String> messages, List<String> output) {
    }

    private static void junit(CheckResults results, PrintWriter out) {
        List<TestCase> all = new ArrayList<>();
        results.lessons().forEach(r -> all.add(new TestCase("concur.lessons", r.id(), r.status(), r.durationMs(), r.messages(), List.of())));
        results.exercises().forEach(r -> all.add(new TestCase("concur.exercises", r.id(), r.status(), r.durationMs(), r.messages(), r.checked())));
        results.levels().forEach(r -> all.add(new TestCase("concur.levels", r.id(), r.status(), r.durationMs(), r.messages(), List.of())));
        long failures = all.stream().filter(c -> c.status() == LessonReport.Status.FAILED
                || c.status() == LessonReport.Status.TIMEOUT).count();
        long errors = all.stream().filter(c -> c.status() == LessonReport.Status.ERROR).count();
        double seconds = all.stream().mapToLong(TestCase::durationMs).sum() / 1000.0;
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println(String.format(Locale.ROOT, "<testsuite name=\"concur check\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">",
                all.size(), failures, errors, seconds));
        for (TestCase c : all) {
            out.print(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    c.classname(), xml(c.name()), c.durationMs() / 1000.0));
            if (c.status() == LessonReport.Status.PASSED && c.output().isEmpty()) {
                out.println("/>");
                continue;
            }
            out.println(">");
            if (c.status() != LessonReport.Status.PASSED) {
                String tag = c.status() == LessonReport.Status.ERROR ? "error" : "failure";
                String first = c.messages().isEmpty() ? c.status().label() : c.messages().get(0);
                out.println("    <" + tag + " type=\"" + c.status().label() + "\" message=\"" + xml(first.lines().findFirst().orElse(""))
                        + "\">" + xml(String.join("\n", c.messages())) + "</" + tag + ">");
            }
            if (!c.output().isEmpty()) {
                out.println("    <system-out>" + xml(String.join("\n", c.output())) + "</system-out>");
            }
            out.println("  </testcase>");
        }
        out.println("</testsuite>");
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    public static String xml(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
