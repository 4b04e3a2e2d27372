package concur.render;

import concur.console.Style;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Lays out a CommonMark document (with GFM tables) for a terminal, as lines no wider than a given width: the tree
 * commonmark-java parses, walked block by block. Only {@link ProseFormat} uses it, so the parser's classes load when
 * prose is shown and never for {@code list} or the home.
 */
final class MarkdownLayout {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String CODE = "36";
    static final String BOLD = "1";
    private static final String ITALIC = "3";
    private static final String DIM = "2";
    private static final String HEADING = "1;36";
    /** Below this many columns, code and lists are set in less. */
    private static final int NARROW = 24;
    private final Style style;
    private final JavaHighlighter java;

    MarkdownLayout(Style style, JavaHighlighter java) {
        this.style = style;
        this.java = java;
    }

    List<String> lay(String markdown, int width) {
        return blocks(PARSER.parse(markdown), width, false);
    }

    /** The blocks inside {@code parent}, a blank line between two unless {@code tight} (a tight list's item). */
    private List<String> blocks(Node parent, int width, boolean tight) {
        List<String> lines = new ArrayList<>();
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            List<String> laid = block(block, width);
            if (laid.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty() && !tight) {
                lines.add("");
            }
            lines.addAll(laid);
        }
        return lines;
    }

    private List<String> block(Node block, int width) {
        return switch (block) {
            case Heading heading -> texts(inline(heading, HEADING).wrap(width, style));
            case Paragraph paragraph -> texts(inline(paragraph, "").wrap(width, style));
            case FencedCodeBlock code -> code(code.getLiteral(), highlighted(code.getInfo()), width);
            case IndentedCodeBlock code -> code(code.getLiteral(), true, width);
            case BlockQuote quote -> quote(quote, width);
            case ListBlock list -> list(list, width);
            case TableBlock table -> new TableLayout(style, this).lay(table, width);
            case ThematicBreak ignored -> List.of(style.dim((style.unicode() ? "─" : "-").repeat(width)));
            case HtmlBlock html -> texts(plain(html.getLiteral().stripTrailing()).code(width, style));
            case LinkReferenceDefinition ignored -> List.of();
            default -> blocks(block, width, false);
        };
    }

    /** Fenced code without a language, or marked Java, is Java here: the course's one language. */
    private static boolean highlighted(String info) {
        String language = info == null ? "" : info.strip().split("\\s+")[0];
        return language.isEmpty() || language.equalsIgnoreCase("java");
    }

    private List<String> code(String literal, boolean highlight, int width) {
        String indent = width >= NARROW ? "    " : "  ";
        String source = literal.stripTrailing();
        StyledText text = highlight ? StyledText.fromHighlighted(java.highlight(source)) : plain(source);
        return text.code(width - indent.length(), style).stream()
                .map(line -> line.width() == 0 ? "" : indent + line.text()).toList();
    }

    private List<String> quote(BlockQuote quote, int width) {
        String bar = style.dim(style.bar());
        return blocks(quote, width - 2, false).stream().map(line -> line.isEmpty() ? bar : bar + " " + line).toList();
    }

    /**
     * Items under a marker, their text aligned after it: a bullet (another glyph a level deeper) or the item's number,
     * right-aligned so that 9. and 10. line up. A list not inside another is set in by two columns, as before.
     */
    private List<String> list(ListBlock list, int width) {
        int depth = 0;
        for (Node up = list.getParent(); up != null; up = up.getParent()) {
            depth += up instanceof ListBlock ? 1 : 0;
        }
        String lead = depth == 0 && width >= NARROW ? "  " : "";
        List<String> markers = new ArrayList<>();
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            markers.add(list instanceof OrderedList ? (number++) + "." : bullet(depth));
        }
        int markerWidth = markers.stream().mapToInt(String::length).max().orElse(1);
        String hanging = lead + " ".repeat(markerWidth + 1);
        int inner = Math.max(10, width - hanging.length());
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), i++) {
            if (i > 0 && !list.isTight()) {
                lines.add("");
            }
            List<String> body = item instanceof ListItem ? blocks(item, inner, list.isTight()) : List.of();
            String marker = " ".repeat(markerWidth - markers.get(i).length()) + markers.get(i);
            String first = lead + marker + " ";
            if (body.isEmpty()) {
                lines.add(first.stripTrailing());
            }
            for (int k = 0; k < body.size(); k++) {
                String line = body.get(k);
                lines.add(k == 0 ? first + line : line.isEmpty() ? "" : hanging + line);
            }
        }
        return lines;
    }

    private String bullet(int depth) {
        String glyphs = style.unicode() ? "•◦▪" : "-*+";
        return String.valueOf(glyphs.charAt(depth % glyphs.length()));
    }

    /** The inline content of {@code parent} as styled text, every run in {@code base} style plus its own. */
    StyledText inline(Node parent, String base) {
        StyledText text = new StyledText();
        inline(parent, base, false, text);
        return text;
    }

    private void inline(Node parent, String sgr, boolean glued, StyledText text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> text.add(t.getLiteral(), sgr, glued);
                case Code code -> text.add(code.getLiteral(), with(sgr, CODE), true);
                case Emphasis e -> inline(e, with(sgr, ITALIC), true, text);
                case StrongEmphasis strong -> inline(strong, with(sgr, BOLD), true, text);
                case Link link -> {
                    inline(link, sgr, glued, text);
                    address(link, link.getDestination(), text);
                }
                case Image image -> {
                    inline(image, sgr, glued, text);
                    address(image, image.getDestination(), text);
                }
                case SoftLineBreak ignored -> text.add(" ", sgr, glued);
                case HardLineBreak ignored -> text.lineBreak();
                case HtmlInline html -> text.add(html.getLiteral(), sgr, glued);
                default -> inline(node, sgr, glued, text);
            }
        }
    }

    /** A link's address after its text, unless the text already is the address (an autolink, say). */
    private static void address(Node link, String destination, StyledText text) {
        String shown = plainText(link);
        if (destination == null || destination.isEmpty() || destination.equals(shown)
                || destination.equals("mailto:" + shown)) {
            return;
        }
        text.add(" ", "", false);
        text.add("(" + destination + ")", DIM, false);
    }

    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof Code code) {
                sb.append(code.getLiteral());
            } else {
                sb.append(plainText(child));
            }
        }
        return sb.toString();
    }

    private static String with(String sgr, String code) {
        return sgr.isEmpty() ? code : sgr + ";" + code;
    }

    private static StyledText plain(String text) {
        StyledText styled = new StyledText();
        styled.add(text, "", false);
        return styled;
    }

    private static List<String> texts(List<StyledText.Line> lines) {
        return lines.stream().map(StyledText.Line::text).toList();
    }
}
