package concur.render;

import static org.assertj.core.api.Assertions.assertThat;

import concur.console.Style;
import concur.runner.ThreadLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTest {
    private static final Style COLOR = new Style(true, true);

    @Test
    void wrapsWordsAndBreaksOnlyOverlongOnes() {
        assertThat(TextWrap.wrap("one two three four", 10)).containsExactly("one two", "three four");
        assertThat(TextWrap.wrap("abcdefghijklmnopqrstuvwxyz", 10)).containsExactly("abcdefghij", "klmnopqrst", "uvwxyz");
        assertThat(TextWrap.wrap("", 10)).containsExactly("");
    }

    @Test
    void proseWrapsParagraphsListsAndKeepsCodeSpansWhole() {
        ProseFormat prose = new ProseFormat(Style.PLAIN, 30);
        List<String> lines = prose.format("# Title\n\nA paragraph with `a code span here` and **bold** and *em phasis* words.\n\n"
                + "- first item that is long enough to wrap\n- second\n\nAfter.");
        assertThat(lines).containsExactly(
                "Title",
                "",
                "A paragraph with",
                "a code span here and bold",
                "and em phasis words.",
                "",
                "  - first item that is long",
                "    enough to wrap",
                "  - second",
                "",
                "After.");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(28));
    }

    @Test
    void markupInsideMarkupIsStyledAndCountedWithoutItsMarks() {
        ProseFormat prose = new ProseFormat(Style.PLAIN, 22);
        assertThat(prose.format("Use **`join()`** on **both** threads *every time*, always."))
                .containsExactly("Use join() on both", "threads every time,", "always.");
        assertThat(new ProseFormat(COLOR, 80).format("**`x`**").get(0)).isEqualTo("\033[1m\033[36mx\033[0m\033[0m");
    }

    @Test
    void proseNeverWritesEscapesWithoutColourAndStylesWithIt() {
        String markdown = "Some `code` and a block:\n\n```java\nint x = 1; // one\n```";
        assertThat(String.join("\n", new ProseFormat(Style.PLAIN, 80).format(markdown))).doesNotContain("\033");
        String colored = String.join("\n", new ProseFormat(COLOR, 80).format(markdown));
        assertThat(colored).contains("\033[36mcode\033[0m").contains("\033[1;35mint\033[0m").contains("\033[90m// one\033[0m");
    }

    @Test
    void threadLanesAlignNamesAndKeepAColourPerThread() {
        ThreadLanes lanes = new ThreadLanes(Style.PLAIN);
        assertThat(lanes.format(new ThreadLine(0, "main", 1_500_000, "hello", false)))
                .isEqualTo("  0.002s  main     | hello");
        assertThat(lanes.format(new ThreadLine(1, "worker-1", 12_000_000_000L, "x", false)))
                .isEqualTo(" 12.000s  worker-1 | x");
        ThreadLanes colored = new ThreadLanes(COLOR);
        String first = colored.format(new ThreadLine(0, "a", 0, "1", false));
        String second = colored.format(new ThreadLine(1, "b", 0, "2", false));
        String again = colored.format(new ThreadLine(2, "a", 0, "3", false));
        assertThat(first).contains("\033[36ma");
        assertThat(second).contains("\033[33mb");
        assertThat(again).contains("\033[36ma");
    }

    @Test
    void runSummaryCountsLinesPerThreadAndSwitches() {
        List<ThreadLine> lines = List.of(
                new ThreadLine(0, "a", 0, "", false), new ThreadLine(1, "a", 0, "", false),
                new ThreadLine(2, "b", 0, "", false), new ThreadLine(3, "a", 0, "", false));
        assertThat(RunSummary.describe(lines)).isEqualTo("lines by thread: a 3, b 1; the output switched threads 2 times");
        assertThat(RunSummary.describe(List.of())).isEqualTo("nothing printed");
    }

    @Test
    void javaHighlighterLeavesTheTextIntact() {
        String source = "/* block\n comment */ class A { String s = \"x // not a comment\"; char c = '\\''; }";
        String colored = new JavaHighlighter(COLOR).highlight(source);
        assertThat(colored.replaceAll("\033\\[[0-9;]*m", "")).isEqualTo(source);
        assertThat(new JavaHighlighter(Style.PLAIN).highlight(source)).isEqualTo(source);
    }

    @Test
    void timelineDrawsOneLaneAThreadFromSampledStates() {
        List<concur.runner.ThreadSample> samples = new java.util.ArrayList<>();
        for (int ms = 0; ms < 100; ms += 5) {
            long at = ms * 1_000_000L;
            samples.add(new concur.runner.ThreadSample(at, "main", ms < 50 ? concur.runner.ThreadActivity.RUNNING
                    : concur.runner.ThreadActivity.WAITING));
            if (ms >= 20 && ms < 60) {
                samples.add(new concur.runner.ThreadSample(at, "worker", ms < 40 ? concur.runner.ThreadActivity.BLOCKED
                        : concur.runner.ThreadActivity.SLEEPING));
            }
        }
        samples.add(new concur.runner.ThreadSample(60_000_000L, "worker", concur.runner.ThreadActivity.ENDED));
        List<String> chart = new Timeline(Style.PLAIN).render(samples, 100_000_000L, 30);
        assertThat(chart).containsExactly(
                "Timeline of the threads: 0 to 0.10 s, one column = 5 ms",
                "main   |##########----------",
                "worker |    XXXX....        ",
                "        # running  X blocked on a lock  - waiting  . sleeping");
    }

    @Test
    void timelineDrawsAtMostTwelveLanes() {
        List<concur.runner.ThreadSample> samples = new java.util.ArrayList<>();
        for (int t = 0; t < 40; t++) {
            samples.add(new concur.runner.ThreadSample(t * 1_000_000L, "t" + t, concur.runner.ThreadActivity.RUNNING));
        }
        List<String> chart = new Timeline(Style.PLAIN).render(samples, 40_000_000L, 60);
        assertThat(chart).hasSize(1 + 12 + 1 + 1);
        assertThat(chart.get(13)).isEqualTo("     ... and 28 more threads");
    }

    @Test
    void timelineOfNothingIsEmpty() {
        assertThat(new Timeline(Style.PLAIN).render(List.of(), 1_000, 80)).isEmpty();
    }
}
