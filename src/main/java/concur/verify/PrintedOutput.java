package concur.verify;

import java.util.List;

/**
 * What the learner's own code printed (System.out and System.err) in one trial of the verification: the trial that
 * failed, or one that passed. The harness caught it and sent it as data inside its report, so it is only ever shown,
 * marked as the learner's, and never read as part of the verdict.
 *
 * @param of which trial printed it, in words (such as "trial 2 on real threads")
 * @param lines the first lines, as printed (control characters and all: {@link #shown} makes them harmless)
 * @param more how many lines followed that are not kept
 */
public record PrintedOutput(String of, List<String> lines, int more) {
    public static final PrintedOutput NONE = new PrintedOutput("", List.of(), 0);

    public PrintedOutput {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && more == 0;
    }

    static PrintedOutput from(ChildVerifier.Report report) {
        if (!report.fields().containsKey("output")) {
            return NONE;
        }
        return new PrintedOutput(report.get("output_of"), List.of(report.get("output").split("\n", -1)),
                (int) report.number("output_more"));
    }

    /**
     * A line as it can be shown on a terminal: an escape sequence printed by the learner's code could move the cursor
     * and write over the verdict, so every control character is shown as text instead (^[ for escape, as cat -v and
     * less do), and so are the characters that reorder text.
     */
    public static String shown(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append("    ");
            } else if (c < 0x20) {
                sb.append('^').append((char) (c + '@'));
            } else if (c == 0x7f) {
                sb.append("^?");
            } else if (c >= 0x80 && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c) {
                sb.append(String.format("<U+%04X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
