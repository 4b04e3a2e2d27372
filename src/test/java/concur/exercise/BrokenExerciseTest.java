package concur.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concur.catalog.ContentException;
import concur.catalog.LessonCatalog;
import concur.progress.ProgressStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of broken exercise content is reported with its file and line; good content loads. */
class BrokenExerciseTest {
    private static final String LESSON = """
            title: Hello
            summary: A fixture.
            demos:
              - id: greet
                title: Greeters
                class: concur.fixtures.hello.Greeters
            """;
    private static final String META = """
            title: Count right
            file: Counter.java
            scenario: CounterScenario.java
            task: Make it count.
            hints:
              - A first nudge.
              - Nearly the answer.
            why: Because.
            """;
    private static final String DIR = "01-hello/exercises/counter/";

    @TempDir
    Path root;

    private Map<String, String> valid() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("01-hello/lesson.yaml", LESSON);
        files.put(DIR + "exercise.yaml", META);
        files.put(DIR + "Counter.java", "public class Counter {\n}\n");
        files.put(DIR + "solution/Counter.java", "public class Counter {\n}\n");
        files.put(DIR + "CounterScenario.java", "public class CounterScenario {\n}\n");
        return files;
    }

    private ExerciseCatalog load(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getValue() != null) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        }
        return ExerciseCatalog.load(LessonCatalog.load(root, "lessons"));
    }

    private List<String> errors(Map<String, String> files) {
        try {
            load(files);
            return List.of();
        } catch (ContentException e) {
            return e.errors().stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void goodContentLoads() throws IOException {
        Exercise counter = load(valid()).resolve("counter");
        assertThat(counter.lessonId()).isEqualTo("hello");
        assertThat(counter.className()).isEqualTo("Counter");
        assertThat(counter.hints()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Counter.java | lessons/" + DIR + "Counter.java: missing file",
        "solution/Counter.java | lessons/" + DIR + "solution/Counter.java: missing file",
        "CounterScenario.java | lessons/" + DIR + "CounterScenario.java: missing file",
        "exercise.yaml | lessons/" + DIR + "exercise.yaml: missing file"})
    void aMissingFileIsNamed(String missing, String error) {
        Map<String, String> files = valid();
        files.put(DIR + missing, null);
        assertThat(errors(files)).contains(error.strip());
    }

    @Test
    void anEmptyHintIsPlaced() {
        Map<String, String> files = valid();
        files.put(DIR + "exercise.yaml", META.replace("  - Nearly the answer.", "  - ''"));
        assertThat(errors(files)).containsExactly("lessons/" + DIR + "exercise.yaml:7: a hint is empty");
    }

    @Test
    void aClassNotMatchingItsFileIsPlaced() {
        Map<String, String> files = valid();
        files.put(DIR + "solution/Counter.java", "import java.util.List;\n\npublic class Tally {\n}\n");
        assertThat(errors(files)).containsExactly(
                "lessons/" + DIR + "solution/Counter.java:3: the public class is Tally, but the file is named for Counter");
    }

    @Test
    void aPackageLineIsRefused() {
        Map<String, String> files = valid();
        files.put(DIR + "Counter.java", "package x;\npublic class Counter {\n}\n");
        assertThat(errors(files)).containsExactly(
                "lessons/" + DIR + "Counter.java:1: an exercise's class is in the default package: no package line");
    }

    @Test
    void oneHintIsTooFew() {
        Map<String, String> files = valid();
        files.put(DIR + "exercise.yaml", META.replace("  - Nearly the answer.\n", ""));
        assertThat(errors(files)).singleElement().asString().contains("exercise.yaml:6: an exercise has two or three hints");
    }

    @Test
    void anUnknownIdSuggestsTheClosest() throws IOException {
        ExerciseCatalog catalog = load(valid());
        assertThatThrownBy(() -> catalog.resolve("countr")).isInstanceOf(UnknownExerciseException.class)
                .hasMessage("no exercise 'countr'. Did you mean 'counter'?");
    }

    @Test
    void theStarterIsWrittenOnceAndNeverOverAnEdit(@TempDir Path home, @TempDir Path state) throws IOException {
        Exercise counter = load(valid()).resolve("counter");
        OwnWorkingCopies copies = new OwnWorkingCopies(new WorkingCopies(home), new ProgressStore(state, new PrintWriter(new StringWriter())));
        assertThat(copies.start(counter).found()).isEqualTo(OwnWorkingCopies.Found.NONE);
        Path file = home.resolve("hello/Counter.java");
        assertThat(file).hasContent("public class Counter {\n}");
        Files.writeString(file, "// the learner's edit\n");
        assertThat(copies.start(counter).found()).isEqualTo(OwnWorkingCopies.Found.OWN);
        assertThat(file).hasContent("// the learner's edit");
        assertThat(copies.owns(counter)).isTrue();
    }

    /**
     * A file where the working copy goes that this learner's concur did not write (another learner's, under a shared
     * or another home) is never theirs: it is set aside, kept whole, and the starter is theirs instead.
     */
    @Test
    void aCopyThisLearnerDidNotStartIsSetAsideAndNeverTheirs(@TempDir Path home, @TempDir Path state, @TempDir Path other)
            throws IOException {
        Exercise counter = load(valid()).resolve("counter");
        OwnWorkingCopies someoneElse = new OwnWorkingCopies(new WorkingCopies(home), new ProgressStore(other, new PrintWriter(new StringWriter())));
        someoneElse.start(counter);
        Path file = home.resolve("hello/Counter.java");
        Files.writeString(file, "// someone else's solve\n");
        OwnWorkingCopies mine = new OwnWorkingCopies(new WorkingCopies(home), new ProgressStore(state, new PrintWriter(new StringWriter())));
        assertThat(mine.owns(counter)).isFalse();

        OwnWorkingCopies.Started started = mine.start(counter);
        assertThat(started.found()).isEqualTo(OwnWorkingCopies.Found.NOT_OWN);
        assertThat(file).hasContent("public class Counter {\n}");
        assertThat(started.setAside()).hasValueSatisfying(aside -> {
            assertThat(aside.getParent()).isEqualTo(file.getParent());
            assertThat(aside.getFileName().toString()).startsWith("Counter.java.set-aside-");
            assertThat(aside).hasContent("// someone else's solve");
        });
        assertThat(mine.owns(counter)).isTrue();
        assertThat(mine.start(counter).found()).isEqualTo(OwnWorkingCopies.Found.OWN);
    }

    /** Progress saved before copies were recorded: a learner who has tried the exercise keeps the file they edited. */
    @Test
    void aCopyFromBeforeCopiesWereRecordedIsKeptForALearnerWhoTriedIt(@TempDir Path home, @TempDir Path state)
            throws IOException {
        Exercise counter = load(valid()).resolve("counter");
        ProgressStore progress = new ProgressStore(state, new PrintWriter(new StringWriter()));
        progress.recordAttempt("counter", false);
        Files.createDirectories(home.resolve("hello"));
        Path file = home.resolve("hello/Counter.java");
        Files.writeString(file, "// the learner's edit, from an older concur\n");
        OwnWorkingCopies copies = new OwnWorkingCopies(new WorkingCopies(home), progress);
        assertThat(copies.start(counter).found()).isEqualTo(OwnWorkingCopies.Found.OWN);
        assertThat(file).hasContent("// the learner's edit, from an older concur");
        assertThat(copies.owns(counter)).isTrue();
    }

    /** The same state with the copies in another folder: that folder's file was not written for this learner there. */
    @Test
    void aCopyIsTheLearnersOnlyWhereConcurWroteIt(@TempDir Path first, @TempDir Path second, @TempDir Path state)
            throws IOException {
        Exercise counter = load(valid()).resolve("counter");
        ProgressStore progress = new ProgressStore(state, new PrintWriter(new StringWriter()));
        new OwnWorkingCopies(new WorkingCopies(first), progress).start(counter);
        Files.createDirectories(second.resolve("hello"));
        Files.writeString(second.resolve("hello/Counter.java"), "// found here\n");
        assertThat(new OwnWorkingCopies(new WorkingCopies(second), progress).owns(counter)).isFalse();
        assertThat(new OwnWorkingCopies(new WorkingCopies(first), progress).owns(counter)).isTrue();
    }

    @Test
    void theCopiesFollowHomeThenUserHome() {
        assertThat(WorkingCopies.from(null, Map.of("HOME", "/somewhere/learner")).root())
                .isEqualTo(Path.of("/somewhere/learner", "concur-exercises"));
        assertThat(WorkingCopies.from(null, Map.of()).root())
                .isEqualTo(Path.of(System.getProperty("user.home"), "concur-exercises"));
        assertThat(WorkingCopies.from(null, Map.of("HOME", "/h", WorkingCopies.VARIABLE, "/named")).root()).isEqualTo(Path.of("/named"));
        assertThat(WorkingCopies.from("/option", Map.of("HOME", "/h", WorkingCopies.VARIABLE, "/named")).root()).isEqualTo(Path.of("/option"));
    }

    @Test
    void theRealExercisesLoad() {
        ExerciseCatalog catalog = ExerciseCatalog.load(LessonCatalog.load(Path.of("lessons"), "lessons"));
        assertThat(catalog.exercises()).extracting(Exercise::id).contains("counter", "transfer", "doorbell");
        assertThat(catalog.resolve("counter").lessonId()).isEqualTo("locks");
        assertThat(catalog.resolve("doorbell").lessonId()).isEqualTo("events");
    }
}
