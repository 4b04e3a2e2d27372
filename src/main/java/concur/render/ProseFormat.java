package concur.render;

import concur.console.Style;
import java.util.List;

/**
 * Lays out the Markdown that lessons are written in for a terminal: CommonMark (headings, paragraphs, emphasis,
 * code spans, fenced code highlighted as Java, block quotes, lists, links, thematic breaks) plus GFM tables, wrapped
 * to the width on the visible text. Without colour, not one escape sequence.
 */
public final class ProseFormat {
    /** Prose is read more easily in a column no wider than this, however wide the terminal. */
    public static final int MAX_WIDTH = 80;
    private final Style style;
    private final int width;

    public ProseFormat(Style style, int terminalWidth) {
        this.style = style;
        this.width = Math.max(20, Math.min(MAX_WIDTH, terminalWidth) - 2);
    }

    /** The lines to print, none wider than the width; the Markdown is parsed here, when prose is shown. */
    public List<String> format(String markdown) {
        return new MarkdownLayout(style, new JavaHighlighter(style)).lay(markdown, width);
    }
}
