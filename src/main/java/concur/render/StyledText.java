package concur.render;

import concur.console.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in runs that each carry one style (an SGR code such as {@code "1"} or {@code "1;36"}), laid out in lines by
 * its visible text alone: a line is measured without its escapes, and each line opens and closes its own styles, so
 * no escape sequence is ever cut by a break and a line shown alone still resets its colour.
 */
final class StyledText {
    private static final String LINE_BREAK = "\n";
    private static final String RESET = "\033[0m";
    /** Where a word too long for a line had best be broken: after one of these (a dot in a qualified name, say). */
    private static final String BREAK_AFTER = ".,;:/-_)(=";

    /**
     * A piece of text in one style. {@code glued}: its spaces do not break a line while the phrase they join fits on
     * one (a code span, a bold phrase).
     */
    private record Run(String text, String sgr, boolean glued) {}

    /** A laid-out line, and how many columns it takes. */
    record Line(String text, int width) {}

    /** A word: its pieces, how the space after it behaves, and whether a line ends after it. */
    private record Word(List<Piece> pieces, boolean gluedToNext, String spaceSgr, boolean lineBreak) {
        int width() {
            return visible(pieces);
        }
    }

    private record Piece(String text, String sgr) {}

    private final List<Run> runs = new ArrayList<>();

    void add(String text, String sgr, boolean glued) {
        if (!text.isEmpty()) {
            runs.add(new Run(text, sgr, glued));
        }
    }

    /** Adds all of {@code other}, styles and all. */
    void append(StyledText other) {
        runs.addAll(other.runs);
    }

    /** Ends the current line, as a Markdown hard line break does. */
    void lineBreak() {
        runs.add(new Run(LINE_BREAK, "", false));
    }

    boolean isEmpty() {
        return words().isEmpty();
    }

    /** The columns the text takes on one line, spaces collapsed as {@link #wrap} does. */
    int width() {
        int width = 0;
        for (Word word : words()) {
            width += (width > 0 ? 1 : 0) + word.width();
        }
        return width;
    }

    /** The widest word: the narrowest column the text fits without breaking a word. */
    int longestWord() {
        return words().stream().mapToInt(Word::width).max().orElse(0);
    }

    /**
     * Wrapped to {@code columns}: words fill each line; a glued phrase moves to the next line whole when it fits on
     * one; a word wider than a line is broken, after a dot or the like when it has one.
     */
    List<Line> wrap(int columns, Style style) {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        List<Word> words = words();
        for (int start = 0; start < words.size(); ) {
            int end = start + 1;
            int phrase = words.get(start).width();
            while (end < words.size() && words.get(end - 1).gluedToNext() && !words.get(end - 1).lineBreak()) {
                phrase += 1 + words.get(end).width();
                end++;
            }
            if (!line.isEmpty() && visible(line) + 1 + phrase > columns && phrase <= columns) {
                lines.add(render(line, style));
                line = new ArrayList<>();
            }
            for (int i = start; i < end; i++) {
                Word word = words.get(i);
                if (!line.isEmpty() && visible(line) + 1 + word.width() > columns) {
                    lines.add(render(line, style));
                    line = new ArrayList<>();
                }
                if (!line.isEmpty()) {
                    line.add(new Piece(" ", words.get(i - 1).spaceSgr()));
                }
                List<Piece> rest = word.pieces();
                while (visible(line) + visible(rest) > columns) {
                    int at = breakAt(plain(rest), columns - visible(line), BREAK_AFTER);
                    List<List<Piece>> parts = splitAt(rest, at);
                    line.addAll(parts.get(0));
                    lines.add(render(line, style));
                    line = new ArrayList<>();
                    rest = parts.get(1);
                }
                line.addAll(rest);
                if (word.lineBreak()) {
                    lines.add(render(line, style));
                    line = new ArrayList<>();
                }
            }
            start = end;
        }
        if (!line.isEmpty()) {
            lines.add(render(line, style));
        }
        return lines;
    }

    /**
     * Laid out as code, every space kept, for indentation means something there: one line a source line, and a
     * line too long for {@code columns} is broken at its last space that fits (else after a dot or the like), its
     * rest set in four columns deeper than the line it continues.
     */
    List<Line> code(int columns, Style style) {
        List<Line> lines = new ArrayList<>();
        for (List<Piece> source : sourceLines()) {
            String text = plain(source);
            int indent = text.length() - text.stripLeading().length();
            String hanging = " ".repeat(Math.min(indent + 4, columns / 2));
            List<Piece> rest = source;
            String lead = "";
            while (lead.length() + visible(rest) > columns) {
                int room = columns - lead.length();
                String part = plain(rest);
                int at = part.charAt(room) == ' ' ? room : breakAt(part, room, " ");
                if (part.charAt(at - 1) != ' ' && at == room) {
                    at = breakAt(part, room, BREAK_AFTER);
                }
                List<List<Piece>> parts = splitAt(rest, at);
                List<Piece> first = new ArrayList<>(parts.get(0));
                lines.add(render(withLead(lead, trimEnd(first)), style));
                rest = trimStart(parts.get(1));
                lead = hanging;
            }
            lines.add(render(withLead(lead, rest), style));
        }
        return lines;
    }

    /**
     * Text read back from {@link JavaHighlighter}'s output, whose every styled token is {@code ESC[<code>m} text
     * {@code ESC[0m}, so that code can be laid out like any styled text.
     */
    static StyledText fromHighlighted(String highlighted) {
        StyledText text = new StyledText();
        int i = 0;
        while (i < highlighted.length()) {
            int escape = highlighted.indexOf("\033[", i);
            int codeEnd = escape < 0 ? -1 : highlighted.indexOf('m', escape);
            int reset = codeEnd < 0 ? -1 : highlighted.indexOf(RESET, codeEnd);
            if (reset < 0) {
                text.add(highlighted.substring(i), "", false);
                break;
            }
            text.add(highlighted.substring(i, escape), "", false);
            text.add(highlighted.substring(codeEnd + 1, reset), highlighted.substring(escape + 2, codeEnd), false);
            i = reset + RESET.length();
        }
        return text;
    }

    private List<Word> words() {
        List<Word> words = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Run run : runs) {
            if (run.text().equals(LINE_BREAK)) {
                endWord(words, pieces, "", false);
                if (!words.isEmpty()) {
                    Word last = words.remove(words.size() - 1);
                    words.add(new Word(last.pieces(), false, "", true));
                }
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                if (Character.isWhitespace(c)) {
                    if (piece.length() > 0) {
                        pieces.add(new Piece(piece.toString(), run.sgr()));
                        piece.setLength(0);
                    }
                    endWord(words, pieces, run.sgr(), run.glued());
                } else {
                    piece.append(c);
                }
            }
            if (piece.length() > 0) {
                pieces.add(new Piece(piece.toString(), run.sgr()));
            }
        }
        endWord(words, pieces, "", false);
        return words;
    }

    /** Ends the word in {@code pieces} at a space in style {@code spaceSgr}. */
    private static void endWord(List<Word> words, List<Piece> pieces, String spaceSgr, boolean glued) {
        if (!pieces.isEmpty()) {
            words.add(new Word(List.copyOf(pieces), glued, spaceSgr, false));
            pieces.clear();
        } else if (!words.isEmpty() && !glued && !words.get(words.size() - 1).lineBreak()) {
            // a space outside a phrase right after it (`**a b** c`, the space in plain text): a line may break here
            Word last = words.remove(words.size() - 1);
            words.add(new Word(last.pieces(), false, spaceSgr, false));
        }
    }

    /** The text's lines as its line breaks cut it, each a list of pieces. */
    private List<List<Piece>> sourceLines() {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Run run : runs) {
            String[] parts = run.text().split(LINE_BREAK, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    line.add(new Piece(parts[i], run.sgr()));
                }
            }
        }
        lines.add(line);
        return lines;
    }

    /**
     * Where to break {@code text} so that its first part fits {@code room} (at least one character): after the last
     * of {@code after} that fits and leaves a letter or digit to the rest, else at {@code room} exactly.
     */
    private static int breakAt(String text, int room, String after) {
        int limit = Math.max(1, room);
        for (int i = Math.min(limit, text.length()) - 1; i > 0; i--) {
            // not where only punctuation, such as ")." would be left for the next line
            if (after.indexOf(text.charAt(i)) >= 0 && !text.substring(0, i + 1).isBlank()
                    && text.substring(i + 1).chars().anyMatch(Character::isLetterOrDigit)) {
                return i + 1;
            }
        }
        return Math.min(limit, text.length());
    }

    /** The pieces before and after visible column {@code at}, a piece that straddles it split in two. */
    private static List<List<Piece>> splitAt(List<Piece> pieces, int at) {
        List<Piece> before = new ArrayList<>();
        List<Piece> after = new ArrayList<>();
        int seen = 0;
        for (Piece piece : pieces) {
            int length = piece.text().length();
            if (seen + length <= at) {
                before.add(piece);
            } else if (seen >= at) {
                after.add(piece);
            } else {
                before.add(new Piece(piece.text().substring(0, at - seen), piece.sgr()));
                after.add(new Piece(piece.text().substring(at - seen), piece.sgr()));
            }
            seen += length;
        }
        return List.of(before, after);
    }

    private static List<Piece> trimEnd(List<Piece> pieces) {
        List<Piece> trimmed = new ArrayList<>(pieces);
        while (!trimmed.isEmpty()) {
            Piece last = trimmed.remove(trimmed.size() - 1);
            String text = last.text().stripTrailing();
            if (!text.isEmpty()) {
                trimmed.add(new Piece(text, last.sgr()));
                break;
            }
        }
        return trimmed;
    }

    private static List<Piece> trimStart(List<Piece> pieces) {
        List<Piece> trimmed = new ArrayList<>(pieces);
        while (!trimmed.isEmpty()) {
            Piece first = trimmed.remove(0);
            String text = first.text().stripLeading();
            if (!text.isEmpty()) {
                trimmed.add(0, new Piece(text, first.sgr()));
                break;
            }
        }
        return trimmed;
    }

    private static List<Piece> withLead(String lead, List<Piece> pieces) {
        List<Piece> line = new ArrayList<>();
        if (!lead.isEmpty()) {
            line.add(new Piece(lead, ""));
        }
        line.addAll(pieces);
        return line;
    }

    private static String plain(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    private static int visible(List<Piece> pieces) {
        int width = 0;
        for (Piece piece : pieces) {
            width += piece.text().length();
        }
        return width;
    }

    /** One line, each stretch in one style opened and closed within it. */
    private static Line render(List<Piece> pieces, Style style) {
        StringBuilder out = new StringBuilder();
        StringBuilder stretch = new StringBuilder();
        String sgr = "";
        for (Piece piece : pieces) {
            if (!piece.sgr().equals(sgr)) {
                out.append(styled(stretch.toString(), sgr, style));
                stretch.setLength(0);
                sgr = piece.sgr();
            }
            stretch.append(piece.text());
        }
        out.append(styled(stretch.toString(), sgr, style));
        return new Line(out.toString(), visible(pieces));
    }

    private static String styled(String text, String sgr, Style style) {
        return text.isEmpty() || sgr.isEmpty() ? text : style.sgr(sgr, text);
    }
}
