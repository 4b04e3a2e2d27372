package concur.check;

import concur.console.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes check reports for people (text), for scripts (JSON) and for CI servers (JUnit XML). */
public enum ReportFormat {
    TEXT, JSON, JUNIT;

    public void write(List<LessonReport> reports, PrintWriter out, Style style) {
        write(reports, List.of(), out, style);
    }

    /** Lessons, then exercises (each exercise's starter caught and solution verified). */
    public void write(List<LessonReport> reports, List<ExerciseReport> exercises, PrintWriter out, Style style) {
        switch (this) {
            case TEXT -> text(reports, exercises, out, style);
            case JSON -> json(reports, exercises, out);
            case JUNIT -> junit(reports, exercises, out);
        }
        out.flush();
    }

    private static void text(List<LessonReport> reports, List<ExerciseReport> exercises, PrintWriter out, Style style) {
        int passed = 0;
        for (LessonReport r : reports) {
            passed += r.passed() ? 1 : 0;
            String mark = r.passed() ? style.green(style.check() + " passed ") : style.red(style.cross() + " " + pad(r.status().label(), 7));
            StringBuilder line = new StringBuilder(String.format("%s %-14s %5d ms  %d runs", mark, r.id(), r.durationMs(), r.runs()));
            if (!r.measurements().isEmpty()) {
                line.append("  ");
                r.measurements().forEach((k, v) -> line.append(' ').append(k).append('=').append(number(v)));
            }
            out.println(line);
            for (String message : r.messages()) {
                out.println("    " + message.replace("\n", "\n    "));
            }
        }
        out.println(passed + " passed, " + (reports.size() - passed) + " failed");
        if (exercises.isEmpty()) {
            return;
        }
        int solved = 0;
        for (ExerciseReport r : exercises) {
            solved += r.passed() ? 1 : 0;
            String mark = r.passed() ? style.green(style.check() + " passed ") : style.red(style.cross() + " " + pad(r.status().label(), 7));
            out.println(String.format("%s exercise %-12s %-13s %5d ms", mark, r.id(), r.lesson(), r.durationMs()));
            for (String line : r.checked()) {
                out.println("    " + line.replace("\n", "\n    "));
            }
            for (String message : r.messages()) {
                out.println("    " + message.replace("\n", "\n    "));
            }
        }
        out.println("exercises: " + solved + " passed, " + (exercises.size() - solved) + " failed");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static void json(List<LessonReport> reports, List<ExerciseReport> exercises, PrintWriter out) {
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
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseReport r = exercises.get(i);
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
        long passed = reports.stream().filter(LessonReport::passed).count();
        sb.append("\n],\"passed\":").append(passed).append(",\"failed\":").append(reports.size() - passed).append("}");
        out.println(sb);
    }

    private static void junit(List<LessonReport> reports, List<ExerciseReport> exercises, PrintWriter out) {
        long failures = reports.stream().filter(r -> r.status() == LessonReport.Status.FAILED
                || r.status() == LessonReport.Status.TIMEOUT).count()
                + exercises.stream().filter(r -> r.status() == LessonReport.Status.FAILED
                || r.status() == LessonReport.Status.TIMEOUT).count();
        long errors = reports.stream().filter(r -> r.status() == LessonReport.Status.ERROR).count()
                + exercises.stream().filter(r -> r.status() == LessonReport.Status.ERROR).count();
        double seconds = (reports.stream().mapToLong(LessonReport::durationMs).sum()
                + exercises.stream().mapToLong(ExerciseReport::durationMs).sum()) / 1000.0;
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println(String.format(Locale.ROOT, "<testsuite name=\"concur check\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">",
                reports.size() + exercises.size(), failures, errors, seconds));
        for (LessonReport r : reports) {
            out.print(String.format(Locale.ROOT, "  <testcase classname=\"concur.lessons\" name=\"%s\" time=\"%.3f\"",
                    xml(r.id()), r.durationMs() / 1000.0));
            if (r.passed()) {
                out.println("/>");
                continue;
            }
            out.println(">");
            String tag = r.status() == LessonReport.Status.ERROR ? "error" : "failure";
            String first = r.messages().isEmpty() ? r.status().label() : r.messages().get(0);
            out.println("    <" + tag + " type=\"" + r.status().label() + "\" message=\"" + xml(first.lines().findFirst().orElse(""))
                    + "\">" + xml(String.join("\n", r.messages())) + "</" + tag + ">");
            out.println("  </testcase>");
        }
        for (ExerciseReport r : exercises) {
            out.print(String.format(Locale.ROOT, "  <testcase classname=\"concur.exercises\" name=\"%s\" time=\"%.3f\">",
                    xml(r.id()), r.durationMs() / 1000.0));
            if (!r.passed()) {
                String tag = r.status() == LessonReport.Status.ERROR ? "error" : "failure";
                String first = r.messages().isEmpty() ? r.status().label() : r.messages().get(0);
                out.print("\n    <" + tag + " type=\"" + r.status().label() + "\" message=\""
                        + xml(first.lines().findFirst().orElse("")) + "\">" + xml(String.join("\n", r.messages())) + "</" + tag + ">");
            }
            out.println("\n    <system-out>" + xml(String.join("\n", r.checked())) + "</system-out>\n  </testcase>");
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
