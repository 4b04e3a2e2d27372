package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of generated lines at the home prompt and in a quiz: never a stack trace, always back at a prompt. */
class FuzzTest {
    private static final long SEED = 20261124L;
    private static final int LINES = 3_000;
    private static final List<String> WORDS = List.of("list", "progress", "show", "quiz", "help", "learn", "run",
            "reset", "next", "check", "exercise", "verify", "--file", "counter", "--help", "--format", "--repeat", "-x",
            "hello", "helo", "1", "0", "99", "-1",
            "../hello", "/etc/passwd", "'", "\"", "\\", "$(rm -rf /)", "; ls", "|", "&&", "*", "~", "ünïcödé", "線程",
            "🧵", "\u0000", "\u001b[2J", "\t", "a b", "", " ");

    @TempDir
    Path state;

    private static String line(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "x".repeat(random.nextInt(5_001));
            case 1 -> random.ints(random.nextInt(40), 0, 0x3000).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString();
            default -> {
                StringBuilder sb = new StringBuilder();
                int words = random.nextInt(5);
                for (int i = 0; i < words; i++) {
                    sb.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextBoolean() ? " " : "");
                }
                yield sb.toString();
            }
        };
    }

    /** Lines that never reach a command that runs demos or changes progress, so the run stays quick. */
    private static String safeLine(Random random) {
        String line = line(random);
        org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        List<String> words = parser.parse(line, line.length()).words().stream().filter(w -> !w.isEmpty()).toList();
        boolean slow = words.stream().limit(2).anyMatch(List.of("learn", "run", "check", "next", "reset", "quiz")::contains);
        return slow ? "help" : line;
    }

    /** No stack trace of concur's own code or the JDK's: only a demo's own frames may be shown, on purpose. */
    static void assertNoCrash(String output) {
        assertThat(output).doesNotContain("internal error");
        assertThat(output.lines()).noneMatch(l -> l.matches("\\s*at (java\\.|jdk\\.|picocli|org\\.jline|concur\\.(cli|catalog|runner|quiz|progress|render|console|check|exercise|verify)\\.).*"));
    }

    @Test
    void theHomeSurvivesGeneratedInput() {
        Random random = new Random(SEED);
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            input.append(safeLine(random).replace("\n", " ").replace("\r", " ")).append('\n');
        }
        TestConsole console = new TestConsole(input.toString());
        int code = Commands.execute(console.app(state));
        assertThat(code).isZero();
        assertNoCrash(console.out() + console.err());
        assertThat(console.out().split(java.util.regex.Pattern.quote(HomeShell.PROMPT), -1)).hasSize(LINES + 2);
        assertThat(console.err().lines()).allSatisfy(l -> assertThat(l).startsWith("concur: "));
    }

    /** The same at a terminal of every odd width, through JLine's line editor (which also gets Tab). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} columns")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 20, 33, 54})
    void theHomeSurvivesGeneratedInputAtEveryWidth(int columns) {
        Random random = new Random(SEED + columns);
        StringBuilder keys = new StringBuilder();
        int lines = LINES / 20;
        for (int i = 0; i < lines; i++) {
            // control characters are keys to a line editor (Ctrl-D would leave): only Tab and printable ones here;
            // and the line editor redraws on every key, so the longest lines are cut to keep the run short
            String line = safeLine(random).replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
            keys.append(line, 0, Math.min(line.length(), 300)).append('\r');
        }
        TestConsole console = TestConsole.withTerminal(keys.toString(), columns, 24);
        int code = Commands.execute(console.app(state));
        assertThat(code).isZero();
        assertNoCrash(console.out() + console.err() + console.screen());
        assertThat(console.err().lines()).allSatisfy(l -> assertThat(l).startsWith("concur: "));
    }

    @Test
    void theQuizSurvivesGeneratedAnswers() {
        Random random = new Random(SEED + 1);
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            input.append(line(random).replace("\n", " ").replace("\r", " ")).append('\n');
        }
        TestConsole console = new TestConsole(input.toString());
        int code = Commands.execute(console.app(state), "quiz", "hello");
        assertThat(code).isZero();
        assertNoCrash(console.out() + console.err());
        assertThat(console.out()).contains("Score: ");
    }
}
