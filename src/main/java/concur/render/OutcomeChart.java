package concur.render;

import concur.catalog.Outcomes;
import concur.catalog.Question;
import concur.check.OutcomeTally;
import concur.console.Style;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws the outcomes of a demo's trials as a bar chart, grouped by the lesson's grade rules (expected, surprising,
 * wrong), and, when the learner predicted which outcomes would appear, how the run compares with the prediction.
 */
public final class OutcomeChart {
    /** Rows a rule gets before close numbers are grouped into ranges. */
    static final int MAX_ROWS = 5;
    private static final int INDENT = 6;
    private static final int GRADE_WIDTH = 11;
    private final Style style;

    public OutcomeChart(Style style) {
        this.style = style;
    }

    /**
     * @param predicted the rules (by index) the learner said could appear, when they were asked
     */
    public List<String> render(OutcomeTally tally, Optional<Set<Integer>> predicted, int width) {
        List<Outcomes.Rule> rules = tally.outcomes().rules();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Outcomes.Rule rule = rules.get(i);
            String heading = rule.condition() + ": " + rule.means();
            if (predicted.isPresent()) {
                // leaving out an outcome the code can never give is the right call, not a miss
                heading += predicted.get().contains(i) ? " (you predicted it)"
                        : rule.grade() == Outcomes.Grade.WRONG ? " (you ruled it out)" : " (not predicted)";
            }
            groups.add(new Group(heading, rule.grade(), rows(tally.gradedBy(Optional.of(rule)))));
        }
        Map<String, Integer> unruled = tally.gradedBy(Optional.empty());
        if (!unruled.isEmpty()) {
            groups.add(new Group("no rule allows it", Outcomes.Grade.WRONG, rows(unruled)));
        }
        int labelWidth = groups.stream().flatMap(g -> g.rows.stream()).mapToInt(r -> r.label.length()).max().orElse(4);
        int most = groups.stream().flatMap(g -> g.rows.stream()).mapToInt(r -> r.count).max().orElse(1);
        int countWidth = format(most).length();
        int barWidth = Math.max(4, Math.min(40, width - INDENT - labelWidth - 3 - countWidth));

        List<String> lines = new ArrayList<>();
        int trials = tally.trials();
        lines.add(style.bold("Outcomes") + style.dim(" of " + tally.outcomes().trials(trials)));
        for (Group group : groups) {
            List<String> wrapped = TextWrap.wrap(group.heading, width - 2 - GRADE_WIDTH);
            lines.add("  " + colour(group.grade, TextWrap.padRight(group.grade.word(), GRADE_WIDTH)) + wrapped.get(0));
            wrapped.subList(1, wrapped.size()).forEach(l -> lines.add(" ".repeat(2 + GRADE_WIDTH) + l));
            if (group.rows.isEmpty()) {
                lines.add(" ".repeat(INDENT) + style.dim("none seen"));
            }
            for (Row row : group.rows) {
                int length = row.count == 0 ? 0 : Math.max(1, (int) Math.round((double) row.count * barWidth / most));
                String bar = colour(group.grade, (style.unicode() ? "█" : "#").repeat(length));
                lines.add(" ".repeat(INDENT) + TextWrap.padRight(row.label, labelWidth) + "  " + bar + " ".repeat(barWidth - length + 1)
                        + " ".repeat(countWidth - format(row.count).length()) + format(row.count));
            }
        }
        predicted.ifPresent(p -> lines.addAll(verdict(tally, p, width)));
        return lines;
    }

    /** A few sentences comparing what the learner predicted with what the trials showed. */
    private List<String> verdict(OutcomeTally tally, Set<Integer> predicted, int width) {
        List<Outcomes.Rule> rules = tally.outcomes().rules();
        List<String> missed = new ArrayList<>();
        List<String> impossible = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Outcomes.Rule rule = rules.get(i);
            int seen = tally.count(rule);
            boolean said = predicted.contains(i);
            if (seen > 0 && !said) {
                missed.add(rule.condition() + " (" + format(seen) + " of " + format(tally.trials()) + ")");
            } else if (said && rule.grade() == Outcomes.Grade.WRONG) {
                impossible.add(rule.condition() + " (" + rule.means() + ")");
            } else if (said && seen == 0) {
                unseen.add(rule.condition());
            }
        }
        List<String> lines = new ArrayList<>();
        if (missed.isEmpty() && impossible.isEmpty()) {
            sentence(lines, style.green(style.check()), "Your prediction covered every outcome the run showed.", width);
        }
        if (!missed.isEmpty()) {
            sentence(lines, style.yellow(style.cross()), "You did not predict " + String.join(" or ", missed) + ".", width);
        }
        if (!impossible.isEmpty()) {
            sentence(lines, style.yellow(style.cross()), "You predicted what this code can never give: "
                    + String.join("; ", impossible) + ".", width);
        }
        if (!unseen.isEmpty()) {
            sentence(lines, " ", "Predicted, not seen this time: " + String.join(", ", unseen)
                    + ". It can happen; these trials did not show it.", width);
        }
        return lines;
    }

    /** A sentence after a one-column mark, wrapped under itself. */
    private static void sentence(List<String> lines, String mark, String text, int width) {
        List<String> wrapped = TextWrap.wrap(text, width - 2);
        lines.add(mark + " " + wrapped.get(0));
        wrapped.subList(1, wrapped.size()).forEach(l -> lines.add("  " + l));
    }

    /** One row a value, or, when there are too many, whole numbers grouped into ranges of a round width. */
    static List<Row> rows(Map<String, Integer> values) {
        TreeMap<Long, Integer> numbers = new TreeMap<>();
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            BigDecimal n = Question.Typed.parseNumber(e.getKey());
            if (n == null || n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) > 0) {
                numbers = null;
                break;
            }
            numbers.merge(n.longValueExact(), e.getValue(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        if (numbers == null) {
            values.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(values.size() <= MAX_ROWS ? MAX_ROWS : MAX_ROWS - 1)
                    .forEach(e -> rows.add(new Row(e.getKey(), e.getValue())));
            if (values.size() > MAX_ROWS) {
                int rest = values.values().stream().mapToInt(Integer::intValue).sum() - rows.stream().mapToInt(r -> r.count).sum();
                rows.add(new Row((values.size() - MAX_ROWS + 1) + " others", rest));
            }
            return rows;
        }
        if (numbers.size() <= MAX_ROWS) {
            numbers.forEach((n, count) -> rows.add(new Row(format(n), count)));
            return rows;
        }
        long low = numbers.firstKey(), high = numbers.lastKey();
        long step = roundUp(Math.ceilDiv(high - low + 1, MAX_ROWS));
        for (long from = Math.floorDiv(low, step) * step; from <= high; from += step) {
            int count = numbers.subMap(from, true, from + step - 1, true).values().stream().mapToInt(Integer::intValue).sum();
            rows.add(new Row(format(from) + ".." + format(from + step - 1), count));
        }
        return rows;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... not below {@code n}. */
    static long roundUp(long n) {
        long power = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= n) {
                    return m * power;
                }
            }
            power *= 10;
        }
    }

    private static String format(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private String colour(Outcomes.Grade grade, String text) {
        return switch (grade) {
            case EXPECTED -> style.green(text);
            case SURPRISING -> style.yellow(text);
            case WRONG -> style.red(text);
        };
    }

    record Row(String label, int count) {}

    private record Group(String heading, Outcomes.Grade grade, List<Row> rows) {}
}
