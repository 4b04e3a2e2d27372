package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** concur play over in-memory streams, on the course's own levels. */
class PlayCommandTest {
    private static final Path COURSE = Path.of("lessons");

    @TempDir
    Path state;

    private TestConsole console = new TestConsole("");

    private int run(String... args) {
        return Commands.execute(console.app(state, COURSE), args);
    }

    private int runWithInput(String input, String... args) {
        console = new TestConsole(input);
        return run(args);
    }

    @Test
    void playListsOneLevelALineIdFirstThenLessonTitleAndWon() {
        assertThat(run("play")).isZero();
        assertThat(console.out().lines().map(l -> l.split(" +")[0]))
                .contains("lost-update", "two-locks", "empty-then-take", "missed-notify", "forgotten-join");
        assertThat(console.out().lines().filter(l -> l.startsWith("lost-update ")).findFirst().orElseThrow())
                .contains("locks").contains("Lost update").doesNotContain("won");
        assertThat(console.err()).isEmpty();
    }

    @Test
    void solvePrintsTheShortestWinAsOneLine() {
        assertThat(run("play", "lost-update", "--solve")).isZero();
        assertThat(console.out()).isEqualTo("moves: A A B A B B\n");
    }

    @Test
    void movesThatWinExitZeroPrintTheFinalStateAndAreRecorded() {
        assertThat(run("play", "lost-update", "--moves", "A A B A B B")).isZero();
        assertThat(console.out()).contains("Shared: count = 1").contains("won in 6 moves").doesNotContain("\033[");
        console = new TestConsole("");
        assertThat(run("play")).isZero();
        assertThat(console.out().lines().filter(l -> l.startsWith("lost-update ")).findFirst().orElseThrow()).endsWith("won");
        console = new TestConsole("");
        assertThat(run("list")).isZero();
        assertThat(console.out().lines().filter(l -> l.startsWith("locks ")).findFirst().orElseThrow()).contains("levels 1/4");
    }

    @Test
    void movesThatEndWithoutAWinExitOne() {
        assertThat(run("play", "lost-update", "--moves", "A A A")).isEqualTo(ExitCode.FAILED);
        assertThat(console.out()).contains("not won");
        console = new TestConsole("");
        assertThat(run("play", "lost-update", "--moves", "A A A B B B")).isEqualTo(ExitCode.FAILED);
        assertThat(console.out()).contains("Shared: count = 2").contains("lost: no thread can move");
    }

    @Test
    void aMoveThatIsNotAllowedIsAUsageErrorSayingWhy() {
        assertThat(run("play", "two-locks", "--moves", "A A B")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).isEqualTo(
                "concur: move 3 (B) is not allowed: B cannot move: waits for lock checking, held by A\n");
        console = new TestConsole("");
        assertThat(run("play", "two-locks", "--moves", "A Z")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).contains("move 2 (Z) is not allowed: there is no thread Z");
    }

    @Test
    void anUnknownLevelIsAUsageErrorWithASuggestion() {
        assertThat(run("play", "lost-upadte")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).isEqualTo("concur: no level 'lost-upadte'. Did you mean 'lost-update'?\n");
    }

    @Test
    void withoutATerminalTheGameIsPlayedByTypingMovesOneALine() {
        assertThat(runWithInput("h\na\na\nb\nu\nb\n", "play", "two-locks")).isZero();
        String out = console.out();
        assertThat(out).doesNotContain("\033[").contains("Goal: Make both threads wait for each other for ever.");
        assertThat(out).contains("Hint: The shortest win takes 2 steps from the start");
        assertThat(out).contains("B cannot move: waits for lock checking, held by A");
        assertThat(out).contains("You won in 2 moves, the shortest win.").contains("lesson locks");
        console = new TestConsole("");
        run("play");
        assertThat(console.out().lines().filter(l -> l.startsWith("two-locks ")).findFirst().orElseThrow()).endsWith("won");
    }

    @Test
    void aLossIsExplainedAndUndoAndRestartGoOn() {
        assertThat(runWithInput("aaaaaa\nbbbbbb\nu\nr\nab\n", "play", "two-locks")).isZero();
        String out = console.out();
        assertThat(out).contains("Lost: no thread can move, and the goal was not reached.");
        assertThat(out).contains("Undone.").contains("Started again.").contains("You won in 2 moves");
    }

    @Test
    void checkFailsALessonsLevelThatCannotBeWonAndListsEveryLevelInJson() throws java.io.IOException {
        // the fixture lesson hello, with the unwinnable fixture level offered by its prose
        Path lessons = state.resolve("lessons");
        Path hello = lessons.resolve("01-hello");
        java.nio.file.Files.createDirectories(hello.resolve("levels"));
        try (var files = java.nio.file.Files.list(TestConsole.FIXTURES.resolve("01-hello"))) {
            for (Path file : files.toList()) {
                java.nio.file.Files.copy(file, hello.resolve(file.getFileName().toString()));
            }
        }
        java.nio.file.Files.writeString(hello.resolve("lesson.md"), "\n@play unwinnable\n",
                java.nio.file.StandardOpenOption.APPEND);
        java.nio.file.Files.writeString(hello.resolve("levels/unwinnable.level"), java.nio.file.Files.readString(
                Path.of("src/test/fixtures/game/levels/unwinnable.level")).replace("section: Unwinnable", "section: Hello"));
        int code = Commands.execute(console.app(state, lessons), "check", "--format", "json");
        assertThat(code).isEqualTo(ExitCode.FAILED);
        assertThat(console.out()).contains("{\"id\":\"hello\",\"status\":\"passed\"")
                .contains("\"levels\":[\n  {\"id\":\"unwinnable\",\"lesson\":\"hello\",\"status\":\"failed\",\"shortest_win\":0")
                .contains("lessons/01-hello/levels/unwinnable.level:4: no schedule wins this level")
                .endsWith(",\"levels_passed\":0,\"levels_failed\":1}\n");
    }
}
