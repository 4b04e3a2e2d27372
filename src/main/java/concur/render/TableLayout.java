package concur.render;

import concur.console.Style;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * A GFM table fitted to a width: columns as wide as their widest cell when that fits; else every column gets at least
 * its longest word and the room left goes to the columns that want more, their cells wrapped; and when even the
 * longest words do not fit side by side, each row becomes a block of "header: cell" lines.
 */
final class TableLayout {
    /** Between two columns: a space, a bar, a space. */
    private static final int GAP = 3;
    private final Style style;
    private final MarkdownLayout markdown;

    TableLayout(Style style, MarkdownLayout markdown) {
        this.style = style;
        this.markdown = markdown;
    }

    private record Cell(StyledText text, TableCell.Alignment alignment) {}

    List<String> lay(TableBlock table, int width) {
        List<Cell> header = new ArrayList<>();
        List<List<Cell>> body = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<Cell> cells = cells(row, section instanceof TableHead);
                    if (section instanceof TableHead) {
                        header = cells;
                    } else {
                        body.add(cells);
                    }
                }
            }
        }
        int columns = header.size();
        for (List<Cell> row : body) {
            columns = Math.max(columns, row.size());
        }
        int[] natural = new int[columns];
        int[] least = new int[columns];
        List<List<Cell>> all = new ArrayList<>(body);
        all.add(0, header);
        for (List<Cell> row : all) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], row.get(c).text().width());
                least[c] = Math.max(least[c], row.get(c).text().longestWord());
            }
        }
        int gaps = GAP * (columns - 1);
        if (sum(least) + gaps > width) {
            return blocks(header, body, width);
        }
        int[] widths = sum(natural) + gaps <= width ? natural : share(least, natural, width - gaps);
        List<String> lines = new ArrayList<>(row(header, widths));
        String rule = style.unicode() ? "─" : "-";
        StringBuilder under = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            under.append(c > 0 ? rule + (style.unicode() ? "┼" : "+") + rule : "").append(rule.repeat(widths[c]));
        }
        lines.add(style.dim(under.toString()));
        for (List<Cell> cells : body) {
            lines.addAll(row(cells, widths));
        }
        return lines;
    }

    private List<Cell> cells(Node row, boolean head) {
        List<Cell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(new Cell(markdown.inline(tableCell, head ? MarkdownLayout.BOLD : ""), tableCell.getAlignment()));
            }
        }
        return cells;
    }

    /** Each column its longest word, and the room left shared in proportion to what each still wants. */
    private static int[] share(int[] least, int[] natural, int room) {
        int[] widths = least.clone();
        int spare = room - sum(least);
        int wanted = sum(natural) - sum(least);
        int given = 0;
        for (int c = 0; c < widths.length && wanted > 0; c++) {
            int extra = (int) ((long) spare * (natural[c] - least[c]) / wanted);
            widths[c] += extra;
            given += extra;
        }
        for (int c = 0; given < spare && c < widths.length; c++) { // what rounding left over, to the first that want it
            if (widths[c] < natural[c]) {
                widths[c]++;
                given++;
                c--;
            }
        }
        return widths;
    }

    /** One table row: each cell wrapped to its column, the row as tall as its tallest cell. */
    private List<String> row(List<Cell> cells, int[] widths) {
        List<List<StyledText.Line>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<StyledText.Line> lines = c < cells.size() ? cells.get(c).text().wrap(widths[c], style) : List.of();
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        String bar = style.dim(style.bar());
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < height; k++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    line.append(' ').append(bar).append(' ');
                }
                List<StyledText.Line> cell = wrapped.get(c);
                StyledText.Line part = k < cell.size() ? cell.get(k) : new StyledText.Line("", 0);
                TableCell.Alignment alignment = c < cells.size() ? cells.get(c).alignment() : null;
                line.append(pad(part, widths[c], alignment, c == widths.length - 1));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(StyledText.Line part, int width, TableCell.Alignment alignment, boolean last) {
        int room = Math.max(0, width - part.width());
        int before = alignment == TableCell.Alignment.RIGHT ? room
                : alignment == TableCell.Alignment.CENTER ? room / 2 : 0;
        return " ".repeat(before) + part.text() + (last ? "" : " ".repeat(room - before));
    }

    /**
     * Too narrow for columns: a block a row, each cell after its column's header and a colon, its next lines set in
     * by two, a blank line between rows.
     */
    private List<String> blocks(List<Cell> header, List<List<Cell>> body, int width) {
        List<String> lines = new ArrayList<>();
        for (List<Cell> row : body) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            for (int c = 0; c < row.size(); c++) {
                StyledText text = new StyledText();
                if (c < header.size() && !header.get(c).text().isEmpty()) {
                    text.append(header.get(c).text());
                    text.add(": ", MarkdownLayout.BOLD, false);
                }
                text.append(row.get(c).text());
                List<StyledText.Line> wrapped = text.wrap(width - 2, style);
                for (int k = 0; k < wrapped.size(); k++) {
                    lines.add((k == 0 ? "" : "  ") + wrapped.get(k).text());
                }
            }
        }
        return lines;
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }
}
