package concur.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-wraps text to a width, breaking a word only when it alone is too long. */
public final class TextWrap {
    /** A control sequence (colour, bold, clearing a line...): zero columns wide, and never to be split. */
    private static final Pattern ESCAPE = Pattern.compile("\033\\[[0-9;?]*[ -/]*[@-~]");
    private static final Pattern WORD = Pattern.compile("[^ ]+");

    private TextWrap() {}

    /** Wraps plain text (no escapes), joining its lines into one paragraph. */
    public static List<String> wrap(String text, int width) {
        int columns = Math.max(10, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > columns) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, columns));
                word = word.substring(columns);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} followed by spaces to {@code width} characters; as it is when already that long. */
    public static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** The columns {@code text} takes on a terminal: escapes take none. */
    public static int visibleLength(String text) {
        return ESCAPE.matcher(text).replaceAll("").length();
    }

    /**
     * Fits one line, which may hold colour escapes, to {@code width} columns: a line that fits is kept as it is
     * (spacing and all); a longer one is word-wrapped, its continuation lines indented as the line was. Escapes are
     * kept whole and count for nothing, so no line is ever cut inside one.
     */
    public static List<String> fit(String line, int width) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return fit(line, width, indent);
    }

    /**
     * As {@link #fit(String, int)}, with continuation lines indented by {@code hang} columns (at most half the
     * width), such as the column where a thread lane's text starts.
     */
    public static List<String> fit(String line, int width, int hang) {
        int columns = Math.max(10, width);
        if (visibleLength(line) <= columns) {
            return List.of(line);
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String margin = " ".repeat(Math.min(hang, columns / 2));
        List<String> lines = new ArrayList<>();
        int own = Math.min(indent, columns / 2);
        StringBuilder current = new StringBuilder(" ".repeat(own));
        int used = own;
        boolean empty = true; // nothing but the indent on the current line yet
        Matcher words = WORD.matcher(line);
        words.region(indent, line.length());
        int end = indent;
        while (words.find()) {
            String word = words.group();
            // the spaces between two words are kept as they were (aligned columns stay aligned) unless a line breaks there
            String gap = line.substring(end, words.start());
            end = words.end();
            int length = visibleLength(word);
            if (!empty && used + gap.length() + length > columns) {
                lines.add(current.toString());
                current = new StringBuilder(margin);
                used = margin.length();
                empty = true;
            }
            if (!empty) {
                current.append(gap);
                used += gap.length();
            }
            // A word longer than a whole line is broken between visible characters, never inside an escape.
            Matcher escape = ESCAPE.matcher(word);
            int at = 0;
            while (at < word.length()) {
                if (escape.find(at) && escape.start() == at) {
                    current.append(escape.group());
                    at = escape.end();
                    continue;
                }
                if (used >= columns) {
                    lines.add(current.toString());
                    current = new StringBuilder(margin);
                    used = margin.length();
                }
                current.append(word.charAt(at++));
                used++;
            }
            empty = false; // even an escape alone: the spaces after it are part of the line's layout
        }
        if (!empty || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
