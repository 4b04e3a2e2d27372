package concur.render;

import concur.console.Style;
import java.util.Set;

/** Colours Java source for a terminal: keywords, strings, comments, numbers and annotations. */
public final class JavaHighlighter {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "new",
            "package", "private", "protected", "public", "record", "return", "short", "static", "super", "switch",
            "synchronized", "this", "throw", "throws", "try", "var", "void", "volatile", "while", "yield", "true",
            "false", "null");
    private final Style style;

    public JavaHighlighter(Style style) {
        this.style = style;
    }

    public String highlight(String source) {
        if (!style.color()) {
            return source;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = indexOrEnd(source, "\n", i);
                sb.append(style.sgr("90", source.substring(i, end)));
            } else if (source.startsWith("/*", i)) {
                end = Math.min(n, indexOrEnd(source, "*/", i + 2) + 2);
                // Colour each line on its own, so that a line shown alone still resets its colour.
                String[] parts = source.substring(i, end).split("\n", -1);
                for (int k = 0; k < parts.length; k++) {
                    sb.append(k > 0 ? "\n" : "").append(style.sgr("90", parts[k]));
                }
            } else if (c == '"' || c == '\'') {
                end = endOfLiteral(source, i, c);
                sb.append(style.sgr("32", source.substring(i, end)));
            } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
                end = endOfWord(source, i + 1);
                sb.append(style.sgr("33", source.substring(i, end)));
            } else if (Character.isJavaIdentifierStart(c)) {
                end = endOfWord(source, i);
                String word = source.substring(i, end);
                sb.append(KEYWORDS.contains(word) ? style.sgr("1;35", word) : word);
            } else if (Character.isDigit(c)) {
                end = endOfWord(source, i);
                sb.append(style.sgr("36", source.substring(i, end)));
            } else {
                end = i + 1;
                sb.append(c);
            }
            i = end;
        }
        return sb.toString();
    }

    private static int indexOrEnd(String s, String what, int from) {
        int at = s.indexOf(what, from);
        return at < 0 ? s.length() : at;
    }

    private static int endOfWord(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '.'
                && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static int endOfLiteral(String s, int from, char quote) {
        if (s.startsWith("\"\"\"", from)) {
            int close = s.indexOf("\"\"\"", from + 3);
            return close < 0 ? s.length() : close + 3;
        }
        int i = from + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), i + 1);
    }
}
