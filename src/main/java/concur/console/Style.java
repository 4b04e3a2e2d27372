package concur.console;

import java.util.Map;

/**
 * How output may look: colour (ANSI escapes) and Unicode glyphs. With colour off not one escape sequence is written,
 * which is what pipes, CI logs, {@code NO_COLOR} and {@code TERM=dumb} get.
 */
public record Style(boolean color, boolean unicode) {
    public static final Style PLAIN = new Style(false, false);

    private static final String RESET = "\033[0m";
    /** Colours for thread lanes: distinct on dark and light backgrounds. */
    private static final int[] LANE_COLORS = {36, 33, 35, 32, 34, 91, 96, 93, 95, 92};

    /**
     * Decides from the environment, whether stdout is a terminal, and whether the JVM writes UTF-8 to it (a locale
     * that says UTF-8 but is not installed gets ASCII from the JVM, and glyphs would turn into '?').
     */
    public static Style detect(Map<String, String> env, boolean stdoutIsTerminal, boolean stdoutIsUtf8) {
        boolean color = stdoutIsTerminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        return new Style(color, stdoutIsUtf8 && utf8(env));
    }

    static boolean utf8(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String v = value.toLowerCase();
                return v.contains("utf-8") || v.contains("utf8");
            }
        }
        return false;
    }

    public String bold(String text) {
        return sgr("1", text);
    }

    public String dim(String text) {
        return sgr("2", text);
    }

    public String green(String text) {
        return sgr("32", text);
    }

    public String red(String text) {
        return sgr("31", text);
    }

    public String yellow(String text) {
        return sgr("33", text);
    }

    public String cyan(String text) {
        return sgr("36", text);
    }

    public String inverse(String text) {
        return sgr("7", text);
    }

    /** The colour of the n-th thread lane (stable: a thread keeps its colour for the whole demo). */
    public String lane(int n, String text) {
        return sgr(Integer.toString(LANE_COLORS[n % LANE_COLORS.length]), text);
    }

    public String sgr(String code, String text) {
        return color ? "\033[" + code + "m" + text + RESET : text;
    }

    public String check() {
        return unicode ? "✓" : "+";
    }

    public String cross() {
        return unicode ? "✗" : "x";
    }

    public String bar() {
        return unicode ? "│" : "|";
    }

    public String bullet() {
        return unicode ? "•" : "-";
    }

    public String pointer() {
        return unicode ? "❯" : ">";
    }
}
