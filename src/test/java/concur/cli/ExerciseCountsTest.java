package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list (and so the home) counts each lesson's exercises solved, from the exercises' progress. */
class ExerciseCountsTest {
    private static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path state;

    @Test
    void listCountsTheExercisesSolvedInEachLesson() {
        TestConsole before = new TestConsole("");
        Commands.execute(before.app(state, LESSONS), "list");
        assertThat(before.out().lines().filter(l -> l.startsWith("locks "))).singleElement()
                .satisfies(line -> assertThat(line).contains("exercises 0/3"));

        App app = new TestConsole("").app(state, LESSONS);
        app.progress().recordAttempt("counter", false);
        app.progress().recordAttempt("counter", true);
        app.progress().recordAttempt("transfer", false);
        TestConsole after = new TestConsole("");
        Commands.execute(after.app(state, LESSONS), "list");
        assertThat(after.out().lines().filter(l -> l.startsWith("locks "))).singleElement()
                .satisfies(line -> assertThat(line).contains("exercises 1/3"));
        assertThat(after.out().lines().filter(l -> l.startsWith("basics "))).singleElement()
                .satisfies(line -> assertThat(line).contains("exercises 0/1"));
    }
}
