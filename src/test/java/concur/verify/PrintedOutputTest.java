package concur.verify;

import static org.assertj.core.api.Assertions.assertThat;

import concur.console.Style;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the learner's code printed, as the verdict shows it: under it, marked as theirs, capped, and harmless. */
class PrintedOutputTest {
    private static Verification passed(PrintedOutput output) {
        return new Verification("counter", Verification.Status.PASSED, "verified", 10, 9, true, Optional.empty(), 30, 4,
                2, 0, Optional.empty(), List.of(), "Counter.java", "", "", RaceCheck.NONE, output);
    }

    @Test
    void atMostTwentyLinesAreShownThenHowManyMore() {
        List<String> lines = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).toList();
        String text = VerdictFormat.text(passed(new PrintedOutput("trial 1 on real threads", lines, 7)), Style.PLAIN, 80);
        assertThat(text).startsWith("+ counter: verified\n")
                .contains("\n\n  Your code printed (System.out and System.err), in trial 1 on real threads:\n  | line 1\n")
                .contains("  | line 20\n  ... 7 more lines\n");
        assertThat(text.lines().filter(l -> l.startsWith("  | "))).hasSize(20);
        assertThat(VerdictFormat.text(passed(new PrintedOutput("trial 1 on real threads", List.of("only"), 0)), Style.PLAIN, 80))
                .endsWith("  | only\n");
    }

    @Test
    void controlCharactersAreShownNotObeyed() {
        String forged = "\u001b[2A\u001b[2K\rv counter: verified\u0007\u202e";
        String text = VerdictFormat.text(passed(new PrintedOutput("trial 1 on real threads", List.of(forged), 0)),
                new Style(true, true), 80);
        String theirs = text.substring(text.indexOf("Your code printed"));
        assertThat(theirs).contains("^[[2A^[[2K^Mv counter: verified^G<U+202E>");
        assertThat(theirs.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("\u001b", "\r", "\u0007", "\u202e");
    }

    @Test
    void nothingPrintedShowsNothingAndLongLinesFitTheWidth() {
        assertThat(VerdictFormat.text(passed(PrintedOutput.NONE), Style.PLAIN, 80)).doesNotContain("Your code printed");
        String text = VerdictFormat.text(passed(new PrintedOutput("trial 1 on real threads", List.of("x".repeat(200)), 0)),
                Style.PLAIN, 40);
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(VerdictFormat.json(passed(PrintedOutput.NONE))).doesNotContain("\"output\"");
    }
}
