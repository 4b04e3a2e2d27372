package concur.check;

import concur.runner.ThreadLine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines one demo run printed, in order, with the questions checks ask of them. */
public final class Transcript {
    private final List<ThreadLine> lines;

    public Transcript(List<ThreadLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<ThreadLine> lines() {
        return lines;
    }

    /** Names of the threads that printed, in order of their first line. */
    public List<String> threads() {
        return List.copyOf(lines.stream().map(ThreadLine::thread).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** What one thread printed, in order. */
    public List<String> textsOf(String thread) {
        return lines.stream().filter(l -> l.thread().equals(thread)).map(ThreadLine::text).toList();
    }

    /** Index of the first line whose text matches, or empty. */
    public OptionalInt indexOf(Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).text()).find()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the line at {@code index} (-1 for a line that was not found) was printed by {@code thread}. */
    public boolean printedBy(int index, String thread) {
        return index >= 0 && lines.get(index).thread().equals(thread);
    }

    /** Index of the last line printed by a thread, or empty. */
    public OptionalInt lastIndexOf(String thread) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).thread().equals(thread)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Group 1 of the first match of {@code pattern} in any line, as a number: how checks read printed figures. */
    public Optional<Double> number(Pattern pattern) {
        for (ThreadLine line : lines) {
            Matcher m = pattern.matcher(line.text());
            if (m.find()) {
                return Optional.of(Double.parseDouble(m.group(1).replace(",", "")));
            }
        }
        return Optional.empty();
    }

    /** Group 1 of every match of {@code pattern}, as numbers, in order. */
    public List<Double> numbers(Pattern pattern) {
        return lines.stream()
                .map(l -> pattern.matcher(l.text()))
                .filter(Matcher::find)
                .map(m -> Double.parseDouble(m.group(1).replace(",", "")))
                .toList();
    }

    /** A whole number as a demo printed it, with the grouping of any locale removed: "1,000,000" is 1000000. */
    public static long wholeNumber(String printed) {
        return Long.parseLong(printed.replaceAll("\\D", ""));
    }

    /** A number printed with %.1f or %.2f: its last '.' or ',' is the decimal point, any other is grouping. */
    public static double decimalNumber(String printed) {
        int point = Math.max(printed.lastIndexOf('.'), printed.lastIndexOf(','));
        String whole = printed.substring(0, Math.max(point, 0)).replaceAll("\\D", "");
        return point < 0 ? Double.parseDouble(printed) : Double.parseDouble(whole + "." + printed.substring(point + 1));
    }
}
