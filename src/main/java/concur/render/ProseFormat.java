package concur.render;

import concur.console.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the Markdown that lessons are written in for a terminal: headings, wrapped paragraphs, lists, fenced
 * code (highlighted as Java) and inline {@code `code`} and {@code **bold**}.
 */
public final class ProseFormat {
    /** Prose is read more easily in a column no wider than this, however wide the terminal. */
    public static final int MAX_WIDTH = 80;
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*]|\\d+\\.)\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\*([^*\\s][^*]*)\\*");
    private final Style style;
    private final int width;
    private final JavaHighlighter java;

    public ProseFormat(Style style, int terminalWidth) {
        this.style = style;
        this.width = Math.max(20, Math.min(MAX_WIDTH, terminalWidth) - 2);
        this.java = new JavaHighlighter(style);
    }

    public List<String> format(String markdown) {
        List<String> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        String itemIndent = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                flush(out, paragraph, itemIndent);
                itemIndent = null;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                    code.append(lines[i]).append('\n');
                }
                for (String codeLine : java.highlight(code.toString().stripTrailing()).split("\n", -1)) {
                    out.add("    " + codeLine);
                }
                out.add("");
                continue;
            }
            if (line.isBlank()) {
                flush(out, paragraph, itemIndent);
                if (itemIndent != null && !out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
                itemIndent = null;
                continue;
            }
            if (line.startsWith("#")) {
                flush(out, paragraph, itemIndent);
                itemIndent = null;
                String heading = line.replaceFirst("^#+\\s*", "");
                out.add(style.bold(style.cyan(heading)));
                out.add("");
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                flush(out, paragraph, itemIndent);
                String marker = item.group(2).endsWith(".") ? item.group(2) : style.bullet();
                itemIndent = item.group(1) + "  " + marker + " ";
                paragraph.append(item.group(3));
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
        }
        flush(out, paragraph, itemIndent);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void flush(List<String> out, StringBuilder paragraph, String itemIndent) {
        if (paragraph.isEmpty()) {
            return;
        }
        String first = itemIndent == null ? "" : itemIndent;
        String rest = " ".repeat(visibleLength(first));
        List<String> wrapped = wrap(tokens(paragraph.toString()), width - first.length());
        for (int i = 0; i < wrapped.size(); i++) {
            out.add((i == 0 ? first : rest) + inline(wrapped.get(i)));
        }
        if (itemIndent == null) {
            out.add("");
        }
        paragraph.setLength(0);
    }

    /**
     * Words, keeping a `code span`, a **bold** phrase or an *emphasis* whole so that its markup never straddles two
     * lines.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCode = false;
        boolean inEmphasis = false;
        boolean inBold = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            } else if (c == '*' && !inCode && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                inBold = !inBold;
                current.append(c);
                i++;
                c = text.charAt(i);
            } else if (c == '*' && !inCode && !partOfBold(text, i)) {
                inEmphasis = !inEmphasis;
            }
            if (c == ' ' && !inCode && !inEmphasis && !inBold) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static boolean partOfBold(String text, int i) {
        return (i + 1 < text.length() && text.charAt(i + 1) == '*') || (i > 0 && text.charAt(i - 1) == '*');
    }

    private static List<String> wrap(List<String> tokens, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int length = 0;
        for (String token : tokens) {
            int tokenLength = visibleLength(token);
            if (length > 0 && length + 1 + tokenLength > columns) {
                lines.add(line.toString());
                line.setLength(0);
                length = 0;
            }
            if (length > 0) {
                line.append(' ');
                length++;
            }
            line.append(token);
            length += tokenLength;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int visibleLength(String markdown) {
        String text = markdown;
        String stripped = INLINE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(firstGroup(m)));
        while (!stripped.equals(text)) { // markup inside markup, such as **`code`**
            text = stripped;
            stripped = INLINE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(firstGroup(m)));
        }
        return stripped.length();
    }

    private String inline(String markdown) {
        Matcher m = INLINE.matcher(markdown);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = style.cyan(m.group(1));
            } else if (m.group(2) != null) {
                replacement = style.bold(inline(m.group(2)));
            } else {
                replacement = style.sgr("3", inline(m.group(3)));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String firstGroup(java.util.regex.MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }
}
