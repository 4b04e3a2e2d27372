package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
