package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instructor's own levels: concur play --file and concur check --levels, with file:line errors. */
class OwnLevelsTest {
    private static final String LEVEL = """
            title: Lost update
            goal: Lose one of two increments.
            explain: "Both read 0."
            win: finished() && count == 1
            section: Anywhere
            ---
            class Counter {
                int count = 0;

                void a() {
                    count++;
                }

                void b() {
                    count++;
                }
            }
            """;

    @TempDir
    Path dir;

    private final TestConsole console = new TestConsole("");

    private int run(String... args) {
        return Commands.execute(console.app(dir.resolve("state"), Path.of("lessons")), args);
    }

    @Test
    void playFileSolvesAndReplaysALevelOutsideTheCourseWithoutRecordingIt() throws IOException {
        // named as a course level is, to show that winning it does not mark the course's level won
        Path file = Files.writeString(dir.resolve("lost-update.level"), LEVEL);
        assertThat(run("play", "--file", file.toString(), "--solve")).isZero();
        String moves = console.out().lines().filter(l -> l.startsWith("moves: ")).findFirst().orElseThrow().substring(7);
        assertThat(moves.split(" ")).hasSize(6);
        assertThat(run("play", "--file", file.toString(), "--moves", moves)).isZero();
        assertThat(console.out()).contains("your own level").contains("won in 6 moves");
        int before = console.out().length();
        assertThat(run("play")).isZero();
        assertThat(console.out().substring(before).lines().filter(l -> l.startsWith("lost-update "))).singleElement()
                .asString().doesNotContain("won");
        assertThat(run("play", "--file", file.toString(), "--moves", "A A A B B B")).isEqualTo(ExitCode.FAILED);
    }

    @Test
    void aBrokenOrMissingFileIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.level"), LEVEL.replace("count++;\n    }\n\n    void b",
                "count.foo();\n    }\n\n    void b"));
        assertThat(run("play", "--file", file.toString(), "--solve")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).contains(file + ":11: 'count.foo()': calls are made on shared fields")
                .doesNotContain("Exception");
        assertThat(run("play", "--file", dir.resolve("none.level").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).contains("none.level: no such file");
        assertThat(run("play", "lost-update", "--file", file.toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void checkLevelsSolvesEveryLevelInAFolderAndNamesTheBrokenOnesWithTheIdRule() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(folder.resolve("lost.level"), LEVEL);
        assertThat(run("check", "--levels", folder.toString())).isZero();
        assertThat(console.out()).contains("passed  level lost").contains("levels: 1 passed, 0 failed")
                .doesNotContain("0 passed, 0 failed\n");
        Files.writeString(folder.resolve("01-lost.level"), LEVEL);
        Files.writeString(folder.resolve("never.level"), LEVEL.replace("count == 1", "count == 3"));
        assertThat(run("check", "--levels", folder.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(console.out().replaceAll("\\s+", " "))
                .contains("01-lost.level: an id is lower-case words joined by '-', starting with a letter: rename"
                        + " 01-lost.level")
                .contains("never.level:4: no schedule wins this level")
                .contains("levels: 1 passed, 2 failed");
        assertThat(run("check", "--levels", dir.resolve("nowhere").toString())).isEqualTo(ExitCode.USAGE);
    }
}
