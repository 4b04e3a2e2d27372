package concur.render;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.Outcomes;
import concur.check.OutcomeTally;
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
    void aBoldPhraseIsNeverSplitAcrossTwoLines() {
        for (int width = 16; width <= 50; width++) {
            List<String> lines = new ProseFormat(COLOR, width).format("code that interleaves has a **race condition** here.");
            assertThat(lines).as("at %d columns", width).noneMatch(l -> l.contains("*"))
                    .anyMatch(l -> l.contains("\033[1mrace condition\033[0m"));
        }
    }

    @Test
    void markupInsideMarkupIsStyledAndCountedWithoutItsMarks() {
        ProseFormat prose = new ProseFormat(Style.PLAIN, 22);
        assertThat(prose.format("Use **`join()`** on **both** threads *every time*, always."))
                .containsExactly("Use join() on both", "threads every time,", "always.");
        assertThat(new ProseFormat(COLOR, 80).format("**`x`**").get(0)).isEqualTo("\033[1;36mx\033[0m");
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
                "Timeline of the threads: 0 to",
                "0.10 s, one column = 5 ms",
                "main   |##########----------",
                "worker |    XXXX....        ",
                "        # running",
                "        X blocked on a lock",
                "        - waiting  . sleeping");
        assertThat(chart).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
        assertThat(new Timeline(Style.PLAIN).render(samples, 100_000_000L, 80)).first()
                .isEqualTo("Timeline of the threads: 0 to 0.10 s, one column = 1 ms");
    }

    @Test
    void threadsOfOneNameInSuccessiveTrialsShareALaneThatShowsEachLife() {
        List<concur.runner.ThreadSample> samples = new java.util.ArrayList<>();
        for (int trial = 0; trial < 3; trial++) {
            long start = trial * 30_000_000L;
            for (String adder : List.of("adder-1", "adder-2")) {
                for (long ms = 0; ms < 20; ms += 5) {
                    samples.add(new concur.runner.ThreadSample(start + ms * 1_000_000L, adder, concur.runner.ThreadActivity.RUNNING));
                }
                samples.add(new concur.runner.ThreadSample(start + 20_000_000L, adder, concur.runner.ThreadActivity.ENDED));
            }
        }
        List<String> chart = new Timeline(Style.PLAIN).render(samples, 90_000_000L, 29);
        assertThat(chart).contains(
                "adder-1 |####  ####  ####  ",
                "adder-2 |####  ####  ####  ").noneMatch(line -> line.contains("more threads"));
    }

    @Test
    void numberedLanesOfOneKindStayTogetherInTheirOrder() {
        List<concur.runner.ThreadSample> samples = new java.util.ArrayList<>();
        for (String name : List.of("main", "adder-2", "adder-10", "logger", "adder-1")) {
            samples.add(new concur.runner.ThreadSample(samples.size() * 1_000_000L, name, concur.runner.ThreadActivity.RUNNING));
        }
        List<String> lanes = new Timeline(Style.PLAIN).render(samples, 10_000_000L, 40).stream()
                .filter(line -> line.contains("|")).map(line -> line.substring(0, line.indexOf(' '))).toList();
        assertThat(lanes).containsExactly("main", "adder-1", "adder-2", "adder-10", "logger");
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

    private static final Outcomes COUNTER = new Outcomes(java.util.regex.Pattern.compile("ended at ([\\d,]+)"), List.of(
            new Outcomes.Rule(Outcomes.Test.IS, "4000", Outcomes.Grade.EXPECTED, "every increment counted"),
            new Outcomes.Rule(Outcomes.Test.BELOW, "4000", Outcomes.Grade.SURPRISING, "increments were lost"),
            new Outcomes.Rule(Outcomes.Test.ABOVE, "4000", Outcomes.Grade.WRONG, "more than was added")),
            java.util.Optional.of("Where can the count end?"));

    @Test
    void outcomeChartGroupsManyNumbersIntoRoundRangesUnderTheirGrade() {
        OutcomeTally tally = OutcomeTally.of(COUNTER, List.of("4,000", "3,999", "3,120", "2,480", "2,950", "3,050",
                "3,001", "1,999", "4000"));
        assertThat(new OutcomeChart(Style.PLAIN).render(tally, java.util.Optional.empty(), 60)).containsExactly(
                "Outcomes of 9 trials",
                "  expected   exactly 4,000: every increment counted",
                "      4,000         #########################              2",
                "  surprising below 4,000: increments were lost",
                "      1,500..1,999  #############                          1",
                "      2,000..2,499  #############                          1",
                "      2,500..2,999  #############                          1",
                "      3,000..3,499  ###################################### 3",
                "      3,500..3,999  #############                          1",
                "  wrong      above 4,000: more than was added",
                "      none seen");
    }

    @Test
    void aWrongOutcomeLeftOutOfThePredictionIsNotMarkedAsAMiss() {
        OutcomeTally tally = OutcomeTally.of(COUNTER, List.of("4000", "3990"));
        List<String> plain = new OutcomeChart(COLOR).render(tally, java.util.Optional.of(java.util.Set.of(0, 1)), 100).stream()
                .map(l -> l.replaceAll("\033\\[[0-9;]*m", "")).toList();
        assertThat(plain).contains("  wrong      above 4,000: more than was added (you ruled it out)")
                .noneMatch(l -> l.startsWith("  wrong") && l.contains("not predicted"))
                .contains("✓ Your prediction covered every outcome the run showed.");
    }

    @Test
    void outcomeChartSetsTheRunAgainstThePredictionAndWraps() {
        OutcomeTally tally = OutcomeTally.of(COUNTER, List.of("4000", "3990", "3980"));
        List<String> chart = new OutcomeChart(COLOR).render(tally, java.util.Optional.of(java.util.Set.of(0, 2)), 40);
        List<String> plain = chart.stream().map(l -> l.replaceAll("\033\\[[0-9;]*m", "")).toList();
        assertThat(plain).containsExactly(
                "Outcomes of 3 trials",
                "  expected   exactly 4,000: every",
                "             increment counted (you",
                "             predicted it)",
                "      4,000  █████████████████████████ 1",
                "  surprising below 4,000: increments",
                "             were lost (not predicted)",
                "      3,980  █████████████████████████ 1",
                "      3,990  █████████████████████████ 1",
                "  wrong      above 4,000: more than was",
                "             added (you predicted it)",
                "      none seen",
                "✗ You did not predict below 4,000 (2 of",
                "  3).",
                "✗ You predicted what this code can never",
                "  give: above 4,000 (more than was",
                "  added).");
        assertThat(chart.get(4)).contains("\033[32m█"); // expected in green
        assertThat(chart.get(7)).contains("\033[33m█"); // surprising in yellow
    }

    @Test
    void outcomeChartSaysSoWhenThePredictionCoveredTheRun() {
        OutcomeTally tally = OutcomeTally.of(COUNTER, List.of("3990", "3000"));
        assertThat(new OutcomeChart(Style.PLAIN).render(tally, java.util.Optional.of(java.util.Set.of(0, 1)), 80))
                .endsWith("+ Your prediction covered every outcome the run showed.",
                        "  Predicted, not seen this time: exactly 4,000. It can happen; these trials did",
                        "  not show it.");
    }

    @Test
    void outcomeChartListsOutcomesNoRuleAllows() {
        Outcomes words = new Outcomes(java.util.regex.Pattern.compile("(.*)"),
                List.of(new Outcomes.Rule(Outcomes.Test.IS, "done", Outcomes.Grade.EXPECTED, "it finished")), java.util.Optional.empty());
        assertThat(new OutcomeChart(Style.PLAIN).render(OutcomeTally.of(words, List.of("done", "lost", "done")), java.util.Optional.empty(), 50))
                .containsExactly("Outcomes of 3 trials",
                        "  expected   done: it finished",
                        "      done  #################################### 2",
                        "  wrong      no rule allows it",
                        "      lost  ##################                   1");
    }

    /** A litmus test prints one line an outcome, with how many of its millions of pairs ended so. */
    private static final Outcomes PAIRS = new Outcomes(java.util.regex.Pattern.compile("^r1, r2 = (\\d, \\d): ([\\d,]+) pairs$"),
            List.of(new Outcomes.Rule(Outcomes.Test.IS, "1, 1", Outcomes.Grade.EXPECTED, "both stores first"),
                    new Outcomes.Rule(Outcomes.Test.IS, "0, 0", Outcomes.Grade.SURPRISING, "both loads passed the stores")),
            java.util.Optional.empty(), 2, "pair");

    private static List<concur.runner.ThreadLine> printed(String... texts) {
        List<concur.runner.ThreadLine> lines = new java.util.ArrayList<>();
        for (String text : texts) {
            lines.add(new concur.runner.ThreadLine(lines.size(), "main", lines.size(), text, false));
        }
        return lines;
    }

    @Test
    void aLineThatSaysHowManyTrialsItStandsForCountsThatMany() {
        OutcomeTally tally = OutcomeTally.read(PAIRS, printed("r1, r2 = 1, 1: 1,500,000 pairs", "r1, r2 = 0, 0: 500,000 pairs",
                "r1, r2 = 0, 1: 0 pairs", "pairs in all: 2,000,000"));
        assertThat(tally.counts()).containsExactly(java.util.Map.entry("1, 1", 1_500_000), java.util.Map.entry("0, 0", 500_000));
        List<String> chart = new OutcomeChart(Style.PLAIN).render(tally, java.util.Optional.empty(), 50);
        assertThat(chart).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
        assertThat(chart).containsExactly(
                "Outcomes of 2,000,000 pairs",
                "  expected   1, 1: both stores first",
                "      1, 1  ############################ 1,500,000",
                "  surprising 0, 0: both loads passed the stores",
                "      0, 0  #########                      500,000");
        concur.check.Verdict verdict = new concur.check.Verdict();
        tally.verify("store-buffering", verdict);
        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.measurements()).containsEntry("store_buffering_surprising_rate", 0.25);
    }

    @Test
    void anOutcomeNoRuleAllowsFailsInTheDemosOwnWord() {
        concur.check.Verdict verdict = new concur.check.Verdict();
        OutcomeTally.read(PAIRS, printed("r1, r2 = 1, 0: 3 pairs")).verify("store-buffering", verdict);
        assertThat(verdict.failures()).containsExactly("3 pairs ended with 1, 0, which is wrong: no grade rule allows it");
    }

    @Test
    void roundRangeWidths() {
        assertThat(List.of(1L, 2L, 3L, 7L, 11L, 300L, 500_001L).stream().map(OutcomeChart::roundUp))
                .containsExactly(1L, 2L, 5L, 10L, 20L, 500L, 1_000_000L);
    }
}
