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

    /** The lessons' reports, then the scheduler-game levels' (none when no lesson checked has levels). */
    public void write(List<LessonReport> reports, List<LevelReport> levels, PrintWriter out, Style style) {
        switch (this) {
            case TEXT -> text(reports, levels, out, style);
            case JSON -> json(reports, levels, out);
            case JUNIT -> junit(reports, levels, out);
        }
        out.flush();
    }

    private static void text(List<LessonReport> reports, List<LevelReport> levels, PrintWriter out, Style style) {
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
        if (levels.isEmpty()) {
            return;
        }
        int winnable = 0;
        for (LevelReport l : levels) {
            winnable += l.passed() ? 1 : 0;
            String mark = l.passed() ? style.green(style.check() + " passed ") : style.red(style.cross() + " " + pad(l.status().label(), 7));
            out.println(String.format("%s level %-22s %s", mark, l.id(), l.passed() ? "shortest win " + l.shortest() + " steps"
                    : "").stripTrailing());
            for (String message : l.messages()) {
                out.println("    " + message);
            }
        }
        out.println("levels: " + winnable + " passed, " + (levels.size() - winnable) + " failed");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static void json(List<LessonReport> reports, List<LevelReport> levels, PrintWriter out) {
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
        sb.append("\n],\"levels\":[");
        for (int i = 0; i < levels.size(); i++) {
            LevelReport l = levels.get(i);
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
        long levelsPassed = levels.stream().filter(LevelReport::passed).count();
        sb.append("\n],\"passed\":").append(passed).append(",\"failed\":").append(reports.size() - passed)
                .append(",\"levels_passed\":").append(levelsPassed).append(",\"levels_failed\":")
                .append(levels.size() - levelsPassed).append("}");
        out.println(sb);
    }

    private static void junit(List<LessonReport> reports, List<LevelReport> levels, PrintWriter out) {
        List<LessonReport> all = new java.util.ArrayList<>(reports);
        // a level is a test case like a lesson: its status, time and messages are read the same way
        levels.forEach(l -> all.add(new LessonReport("level " + l.id(), l.status(), 0, Map.of(), l.durationMs(), l.messages(), 0)));
        long failures = all.stream().filter(r -> r.status() == LessonReport.Status.FAILED
                || r.status() == LessonReport.Status.TIMEOUT).count();
        long errors = all.stream().filter(r -> r.status() == LessonReport.Status.ERROR).count();
        double seconds = all.stream().mapToLong(LessonReport::durationMs).sum() / 1000.0;
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println(String.format(Locale.ROOT, "<testsuite name=\"concur check\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">",
                all.size(), failures, errors, seconds));
        for (LessonReport r : all) {
            boolean level = r.id().startsWith("level ");
            out.print(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    level ? "concur.levels" : "concur.lessons", xml(level ? r.id().substring(6) : r.id()), r.durationMs() / 1000.0));
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

    static String quote(String s) {
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

    static String xml(String s) {
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
