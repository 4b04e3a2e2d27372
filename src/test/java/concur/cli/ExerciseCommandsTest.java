package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exercise and verify over in-memory streams and the real lessons, where no JVM needs to start. */
class ExerciseCommandsTest {
    private static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path state;

    @TempDir
    Path copies;

    private final TestConsole console = new TestConsole("");

    private int run(String... args) {
        return Commands.execute(console.app(state, LESSONS), args);
    }

    @Test
    void theListIsOneExerciseALineIdFirst() {
        assertThat(run("exercise")).isZero();
        assertThat(console.out().lines().map(l -> l.split(" +")[0])).contains("sum", "counter", "transfer", "doorbell");
        assertThat(console.out().lines()).allSatisfy(l -> assertThat(l).endsWith("not started"));
    }

    @Test
    void anUnknownExerciseIsAUsageErrorWithASuggestion() {
        assertThat(run("verify", "countr")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).isEqualTo("concur: no exercise 'countr'. Did you mean 'counter'?\n");
        assertThat(run("exercise", "dorbell")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("verify", "counter", "--file", copies.resolve("Nope.java").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).startsWith("concur: cannot read ").contains("Nope.java");
        assertThat(run("verify", "counter", "--exercises", copies.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).contains("start the exercise with 'concur exercise counter'");
    }

    @Test
    void withoutATerminalTheTaskAndPathArePrintedAndTheCopyIsKept() throws Exception {
        assertThat(run("exercise", "counter", "--exercises", copies.toString())).isZero();
        Path file = copies.resolve("locks/Counter.java");
        assertThat(console.out()).contains("Wrote the starter to " + file, "Make it thread-safe");
        assertThat(file).content().contains("count++;");
        Files.writeString(file, "// mine\n");
        assertThat(run("exercise", "counter", "--exercises", copies.toString())).isZero();
        assertThat(console.out()).contains("Your working copy (kept as you left it): " + file);
        assertThat(file).hasContent("// mine");
    }

    /**
     * $HOME decides, as it does for progress: run as root with HOME set for a learner (sudo, a container, CI), the
     * working copy goes under that HOME, and a solved file found there that this learner's concur did not write is
     * set aside, never handed to them as theirs.
     */
    @Test
    void theWorkingCopyGoesUnderHomeAndAFileMadeForAnotherIsSetAside(@TempDir Path home, @TempDir Path otherState)
            throws Exception {
        Map<String, String> env = Map.of("HOME", home.toString());
        assertThat(Commands.execute(console.app(state, LESSONS, env), "exercise", "counter")).isZero();
        Path file = home.resolve("concur-exercises/locks/Counter.java");
        assertThat(console.out()).contains("Wrote the starter to " + file);
        assertThat(file).content().contains("count++;");

        // another learner (another state folder) with the same HOME solved it in that file
        TestConsole other = new TestConsole("");
        Files.writeString(file, "// solved by someone else\n");
        assertThat(Commands.execute(other.app(otherState, LESSONS, env), "exercise", "counter")).isZero();
        assertThat(other.out().replaceAll("\\s+", " ")).contains("There was a Counter.java there that concur did not write for"
                + " you", "it is kept as Counter.java.set-aside-", "Wrote the starter to " + file);
        assertThat(file).content().contains("count++;");
        try (var kept = Files.list(file.getParent())) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("Counter.java.set-aside-")))
                    .singleElement().satisfies(p -> assertThat(p).hasContent("// solved by someone else"));
        }
    }
}
