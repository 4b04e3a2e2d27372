package concur.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a listing (lessons, exercises, levels), one line when the terminal is wide enough. When it is not,
 * the id and the columns after it still lead, the title wraps in its own column (or under the id when even that
 * column would be too narrow), and the mark goes on a line under it.
 */
public final class Listing {
    private static final int TITLE_MIN_WIDTH = 16;

    private Listing() {}

    /**
     * @param wide  the entry on one line, as a pipe gets it
     * @param head  the leading columns, id first, padded as in {@code wide}
     * @param title the entry's title
     * @param mark  how far the learner got (may hold colour escapes; may be empty)
     */
    public static List<String> lines(String wide, String head, String title, String mark, int width) {
        if (TextWrap.visibleLength(wide) <= width) {
            return List.of(wide);
        }
        List<String> lines = new ArrayList<>();
        int column = head.length();
        String indent;
        if (width - column >= TITLE_MIN_WIDTH) {
            indent = " ".repeat(column);
            List<String> wrapped = TextWrap.wrap(title, width - column);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? head : indent) + wrapped.get(i));
            }
        } else {
            indent = "  ";
            lines.addAll(TextWrap.fit(head.stripTrailing(), width, indent.length()));
            TextWrap.wrap(title, width - indent.length()).forEach(line -> lines.add(indent + line));
        }
        if (!mark.isBlank()) {
            lines.addAll(markLines(indent, mark.strip(), width));
        }
        return lines;
    }

    /**
     * The mark under the entry. Its parts (such as "exercises 0/3" and "levels 1/4") are separated by two spaces;
     * when they do not fit on one line, a line breaks between parts rather than inside one, and only a part too
     * long for a line of its own is wrapped.
     */
    private static List<String> markLines(String indent, String mark, int width) {
        if (TextWrap.visibleLength(indent + mark) <= width) {
            return List.of(indent + mark);
        }
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : mark.split(" {2,}")) {
            String joined = line.isEmpty() ? part : line + "  " + part;
            if (line.isEmpty() || TextWrap.visibleLength(indent + joined) <= width) {
                line = joined;
            } else {
                lines.addAll(TextWrap.fit(indent + line, width, indent.length()));
                line = part;
            }
        }
        lines.addAll(TextWrap.fit(indent + line, width, indent.length()));
        return lines;
    }
}
